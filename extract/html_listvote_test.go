package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"golang.org/x/net/html"
)

// votePage is an invented guide: a list of four items, a list of three
// teaser links, and a list of two items.
const votePage = `<html><body><article>
<p>The Keel Street ferry runs every hour from the Harbourton quay.</p>
<ul id="steps">
<li>Buy a ticket at the kiosk beside the Mill Lane bus stop before you board.</li>
<li>Show it to the crew at the gangway, folded or on your phone.</li>
<li>Harbourton pier</li>
<li>Keep to the lower deck when the wind rises above force six.</li>
</ul>
<ul id="more">
<li>Maren Solberg on the new timetable and what it means for commuters who cross twice a day</li>
<li>Tides and weather for the Harbourton coast this week and next</li>
<li>Events at the Keel Street hall and the Mill Lane market this month</li>
</ul>
<ol id="pair"><li>Quay</li><li>Keel Street</li></ol>
</article></body></html>`

func TestVoteLists(t *testing.T) {
	page := pageBlocks(t, votePage)
	keep := make([]bool, len(page))
	want := make([]bool, len(page))
	for i, b := range page {
		switch {
		case b.text == "Harbourton pier":
			// a short item of the article's list the model dropped:
			// its list is kept by most of its words, so it comes back.
			want[i] = true
		case strings.HasPrefix(b.text, "Maren Solberg"):
			// the one item of a box the model kept: under two thirds
			// and over a third of the list's words are kept, so the
			// list stays as the model had it.
			keep[i], want[i] = true, true
		case b.text == "Keel Street":
			// a list of two has no vote, though two thirds of its
			// words are kept.
			keep[i], want[i] = true, true
		case strings.HasPrefix(b.text, "The Keel Street"), strings.HasPrefix(b.text, "Buy"),
			strings.HasPrefix(b.text, "Show"), strings.HasPrefix(b.text, "Keep to"):
			keep[i], want[i] = true, true
		}
	}
	checkVote(t, page, voteLists(page, blockWords(page), keep), want)
}

// checkVote fails t on each block of page a vote set otherwise (got) than
// want says.
func checkVote(t *testing.T, page []block, got, want []bool) {
	t.Helper()
	for i, b := range page {
		if got[i] != want[i] {
			t.Errorf("block %q: kept %v, want %v", b.text, got[i], want[i])
		}
	}
}

// TestVoteListsDrops: an item kept alone in a list whose other items,
// most of its words, the model dropped goes with them.
func TestVoteListsDrops(t *testing.T) {
	page := pageBlocks(t, votePage)
	keep := make([]bool, len(page))
	for i, b := range page {
		if b.text == "Harbourton pier" {
			keep[i] = true
		}
	}
	// every item of the list dropped, as every other block
	checkVote(t, page, voteLists(page, blockWords(page), keep), make([]bool, len(page)))
}

// allKept is a keep slice of n blocks, every one kept: the start of the
// tests of the rules that drop kept blocks.
func allKept(n int) []bool {
	keep := make([]bool, n)
	for i := range keep {
		keep[i] = true
	}
	return keep
}

// keptBut is allKept(len(page)) with the blocks whose text holds any of
// gone set to false: what a drop rule's test wants of page. It fails the
// test unless n blocks are set so, so that a page edited out from under
// its phrases is seen.
func keptBut(t *testing.T, page []block, gone []string, n int) []bool {
	t.Helper()
	want := allKept(len(page))
	set := 0
	for i, b := range page {
		if slices.ContainsFunc(gone, func(s string) bool { return strings.Contains(b.text, s) }) {
			want[i] = false
			set++
		}
	}
	if set != n {
		t.Fatalf("the page renders %d blocks holding %q, want %d", set, gone, n)
	}
	return want
}

// statedArticle is page (opening "<html><body>") with a head that states
// a news article headed title and the headline over its body: the pages
// of the tests that run a rule for stated articles through Extract.
func statedArticle(page, title string) string {
	head := `<html><head><title>` + title + `</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + title + `"}</script>` +
		`</head><body><h1>` + title + `</h1>`
	return strings.Replace(page, "<html><body>", head, 1)
}

// extractHTMLPage runs src through the whole HTML path.
func extractHTMLPage(t *testing.T, id, url, src string) news.Article {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{ID: id, URL: url, Format: news.FormatHTML, Content: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkBody fails t for each of gone that body holds and each of stays it
// lacks; what names the text that should have gone.
func checkBody(t *testing.T, body, what string, gone, stays []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(body, g) {
			t.Errorf("body keeps %s %q:\n%s", what, g, body)
		}
	}
	for _, s := range stays {
		if !strings.Contains(body, s) {
			t.Errorf("body lost %q:\n%s", s, body)
		}
	}
}

// pageBlocks parses src and renders its blocks.
func pageBlocks(t *testing.T, src string) []block {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return renderBlocks(root)
}

// bothKeep is the candidates of a page whose two extractors both keep
// the blocks keeps reports.
func bothKeep(page []block, keeps func(block) bool) candidates {
	var cand []block
	for _, b := range page {
		if keeps(b) {
			cand = append(cand, b)
		}
	}
	return candidates{traf: cand, read: cand}
}

// voteStoryPage is an invented story with a list of its own and, after
// it, a list of links to other stories holding one line of prose.
const voteStoryPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title></head><body><main><article>
<h1>Keel Street harbour wall to be rebuilt</h1>
` + harbourWallParas + `<p>The works will close these parts of the town in turn:</p>
<ul>
<li>The slipway beside the lifeboat station, from March to the end of May, while the new footings are poured.</li>
<li>The fish market car park, which will hold the contractor's cranes and the stone for the new wall.</li>
<li>The harbour walk between Mill Lane and the lighthouse, for six weeks in the autumn.</li>
</ul>
<p>Visitors to the town this summer will find the quay fenced off from the lifeboat station to the fish market, and the harbour walk will be sent along Mill Lane instead.</p>
</article>
<ul class="more">
<li><a href="/a">Mill Lane bakery wins the county prize</a></li>
<li><a href="/b">School choir to sing at the lighthouse</a></li>
<li><a href="/c">New bus timetable for the coast road</a></li>
<li>Maren Solberg writes about the coast for the Gazette and has lived in Harbourton since she was a child.</li>
<li><a href="/d">Lifeboat crew called out twice in a week</a></li>
<li><a href="/e">Ferry fares to the islands rise in the spring</a></li>
<li><a href="/f">Town hall clock to chime again after repairs</a></li>
</ul>
</main></body></html>`

// TestClassifyBodyVotesLists: both extractors keep every block that is
// not all link text, so the model keeps the one prose line of the links
// list alone; the list's vote drops it, and the story's list stays.
func TestClassifyBodyVotesLists(t *testing.T) {
	page := pageBlocks(t, voteStoryPage)
	c := bothKeep(page, func(b block) bool { return !b.link })
	got := joinBlocks(classifyBody(page, c, htmlDefaultModel()))
	if strings.Contains(got, "Maren Solberg") {
		t.Errorf("classifyBody kept the prose line of a links list: %q", got)
	}
	if !strings.Contains(got, "harbour walk between Mill Lane") {
		t.Errorf("classifyBody dropped the story's list: %q", got)
	}
}
