package extract

import (
	"strings"
	"testing"
)

// teaserPage is an invented story followed, inside the same element, by a
// grid of cards linking to other stories, each a linked headline and an
// excerpt.
const teaserPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<div class="page">
<h1>Keel Street harbour wall to be rebuilt</h1>
` + harbourWallParas + `<p>The harbour trust said it would publish a timetable for the works once the contract is signed, and that the slipway would stay open to small boats for most of the year.</p>
<p>Visitors to the town this summer will find the quay fenced off from the lifeboat station to the fish market, and the harbour walk will be sent along Mill Lane instead.</p>
<div class="more">
<div class="card"><h3><a href="/bakery">Mill Lane bakery wins the county prize</a></h3><p>The bakers on Mill Lane took the county prize for their seed loaf, the third time in five years that the award has come to Harbourton.</p></div>
<div class="card"><h3><a href="/choir">School choir to sing at the lighthouse</a></h3><p>Pupils from the primary school will sing carols at the lighthouse on the last Friday before the holidays, and everyone is welcome to join them.</p></div>
<div class="card"><h3><a href="/bus">New bus timetable for the coast road</a></h3><p>Buses along the coast road will run every half hour from January, the county said, with a late service on Fridays and Saturdays in the summer.</p></div>
</div>
</div>
</body></html>`

func TestHTMLTeaserTailDropped(t *testing.T) {
	checkHTMLBody(t, "teasers", teaserPage,
		[]string{"eight months", "harbour walk"},                // the story
		[]string{"seed loaf", "sing carols", "every half hour"}) // the teasers
}

// shortStoryTeaserPage is an invented short story followed by a grid of
// four cards about as long as it: the first card's headline was left
// empty by the page, the last card's excerpt runs to a long paragraph.
const shortStoryTeaserPage = `<html><body><div class="page">
<div class="story">` + harbourWallParas + `</div>
<div class="more">
<div class="card"><h3><a href="/ferry"></a></h3><p>The island ferry will run a late boat on Saturdays through the summer, leaving the temporary pier at ten and calling at both islands.</p></div>
<div class="card"><h3><a href="/bakery">Mill Lane bakery wins the county prize</a></h3><p>The bakers on Mill Lane took the county prize for their seed loaf, the third time in five years.</p></div>
<div class="card"><h3><a href="/choir">School choir to sing at the lighthouse</a></h3><p>Pupils from the primary school will sing carols at the lighthouse on the last Friday before the holidays.</p></div>
<div class="card"><h3><a href="/bus">New bus timetable for the coast road</a></h3><p>Buses along the coast road will run every half hour from January, the county said, with a late service on Fridays and Saturdays in the summer and an early one on market days. Maren Solberg, who chairs the transport committee, said the new timetable followed a year of complaints from residents of the villages along the road, who had waited an hour or more for a bus in the evenings, and from traders at the fish market, whose staff start before the first bus of the day. The county will review the timetable after six months and publish the number of passengers on each service, she said, and the old stops by the harbour will stay in use.</p></div>
</div>
</div></body></html>`

// TestDropTeaserTailShortStory checks the bounds on a page that states
// an article: a set of cards that holds one card without a headline
// (teaserFullShare) and one of over 100 words (teaserMaxWords) goes after
// a story that outweighs it less than teaserStoryRatio times
// (teaserStatedRatio); on a page that states nothing it stays.
func TestDropTeaserTailShortStory(t *testing.T) {
	page, words, all := teaserTestBlocks(t, shortStoryTeaserPage)
	kept := func(keep []bool) string { return teaserKeptText(page, keep) }
	checkTeasersGone(t, "stated article", kept(dropTeaserTail(page, words, all, true)),
		"late boat", "seed loaf", "sing carols", "every half hour")
	if other := kept(dropTeaserTail(page, words, all, false)); !strings.Contains(other, "seed loaf") {
		t.Errorf("a page that states no article lost its cards:\n%s", other)
	}
}

// headlineTeaserPage is an invented story followed by a box of linked
// headlines with no excerpt, one of them with a date under it.
const headlineTeaserPage = `<html><body><div class="page">
<div class="story">` + harbourWallParas + `</div>
<ul class="most-read">
<li class="item"><h4><a href="/bakery">Mill Lane bakery wins the county prize</a></h4></li>
<li class="item"><h4><a href="/choir">School choir to sing at the lighthouse</a></h4><span>2 December</span></li>
<li class="item"><h4><a href="/bus">New bus timetable for the coast road</a></h4></li>
<li class="item"><h4><a href="/ferry">Island ferry adds a late Saturday boat</a></h4></li>
</ul>
</div></body></html>`

// TestDropTeaserTailHeadlinesAlone checks that a set of cards that are a
// linked headline alone, with no excerpt, goes after the story as a set
// of cards with excerpts does.
func TestDropTeaserTailHeadlinesAlone(t *testing.T) {
	page, words, all := teaserTestBlocks(t, headlineTeaserPage)
	checkTeasersGone(t, "headlines alone", teaserKeptText(page, dropTeaserTail(page, words, all, false)),
		"county prize", "sing at the lighthouse", "coast road", "late Saturday")
}

// checkTeasersGone checks that got, the kept text of a page built on
// harbourWallParas, holds the story and none of the cards' words.
func checkTeasersGone(t *testing.T, name, got string, cards ...string) {
	t.Helper()
	for _, s := range []string{"eight months", "first Thursday"} {
		if !strings.Contains(got, s) {
			t.Errorf("%s: the story lost %q:\n%s", name, s, got)
		}
	}
	for _, s := range cards {
		if strings.Contains(got, s) {
			t.Errorf("%s: the cards kept %q:\n%s", name, s, got)
		}
	}
}

// teaserTestBlocks renders an invented page's blocks, their words, and a
// keep that keeps every block.
func teaserTestBlocks(t *testing.T, src string) ([]block, [][]string, []bool) {
	t.Helper()
	root, err := parsePage(src)
	if err != nil {
		t.Fatal(err)
	}
	page := renderBlocks(root)
	all := make([]bool, len(page))
	for i := range all {
		all[i] = true
	}
	return page, blockWords(page), all
}

// teaserKeptText is the text of the kept blocks, a line each.
func teaserKeptText(page []block, keep []bool) string {
	var b strings.Builder
	for i, k := range keep {
		if k {
			b.WriteString(page[i].text + "\n")
		}
	}
	return b.String()
}
