package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// introPage is an invented explainer whose introduction sits in a
// summary panel above the first section's subhead: the newsroom's blurb,
// a headline, a reading time and two paragraphs of introduction, then the
// sections. introGuardsPage adds an affiliate disclosure and a note
// go-trafilatura leaves out.
const introPage = `<html><body><main>
<p>Our newsroom explains how local government spends its money, one budget line at a time, every week.</p>
<h1>How the harbour wall will be paid for</h1>
<div class="summary">
<p>Four minutes to read.</p>
<p>Harbourton's council has agreed to rebuild the Keel Street sea wall, and the bill will run to about four million pounds over two years.</p>
<p>Here is where the money comes from, what residents will pay and what happens if the works run over budget.</p>
</div>
<div class="entry">
<h2>The coastal flood fund</h2>
<p>Most of the money, some three million pounds, comes from the national coastal flood fund, which the council applied to in the spring.</p>
<h2>The harbour's reserves</h2>
<p>The rest is drawn from the harbour's own reserves, built up from mooring fees over the last decade and held in a separate account.</p>
</div>
</main></body></html>`

// introGuardsPage is introPage with a disclosure in place of the
// reading time and a note under the introduction.
var introGuardsPage = strings.Replace(strings.Replace(introPage,
	"<p>Four minutes to read.</p>",
	"<p>Articles on this site may contain affiliate links, and we may earn a commission when you buy through them.</p>", 1),
	"</div>\n<div class=\"entry\">",
	"<p>Updated every Tuesday after the council meets, as the figures change from one meeting to the next.</p>\n</div>\n<div class=\"entry\">", 1)

// introKept is what the model kept on introPage: the sections.
func introKept(page []block) []bool {
	keep := make([]bool, len(page))
	inEntry := false
	for i, b := range page {
		if b.text == "The coastal flood fund" {
			inEntry = true
		}
		keep[i] = inEntry
	}
	return keep
}

// introTraf is go-trafilatura's body on introPage and introGuardsPage:
// everything but the weekly note.
func introTraf(page []block) candidates {
	return bothKeep(page, func(b block) bool { return !strings.HasPrefix(b.text, "Updated every") })
}

// introWant is introKept with the two paragraphs of introduction.
func introWant(page []block) []bool {
	want := introKept(page)
	for i, b := range page {
		if strings.HasPrefix(b.text, "Harbourton's council") || strings.HasPrefix(b.text, "Here is where") {
			want[i] = true
		}
	}
	return want
}

// TestRestoreIntro: under a body that opens on a subhead, the two
// paragraphs of introduction go-trafilatura holds come back; the reading
// time (too short) and the blurb above the headline (the walk stops at a
// heading) stay dropped.
func TestRestoreIntro(t *testing.T) {
	page := pageBlocks(t, introPage)
	checkVote(t, page, restoreIntro(page, blockWords(page), introKept(page), introTraf(page)), introWant(page))
}

// TestRestoreIntroGuards: the disclosure and the note go-trafilatura left
// out stay dropped.
func TestRestoreIntroGuards(t *testing.T) {
	page := pageBlocks(t, introGuardsPage)
	checkVote(t, page, restoreIntro(page, blockWords(page), introKept(page), introTraf(page)), introWant(page))
}

// TestRestoreIntroNeedsHeading: when the kept body opens on a paragraph,
// the paragraphs above it are a standfirst or a blurb, and stay dropped.
func TestRestoreIntroNeedsHeading(t *testing.T) {
	page := pageBlocks(t, strings.Replace(introPage, "<h2>The coastal flood fund</h2>", "", 1))
	keep := make([]bool, len(page))
	for i, b := range page {
		keep[i] = strings.HasPrefix(b.text, "Most of the money") || i > 0 && keep[i-1]
	}
	checkVote(t, page, restoreIntro(page, blockWords(page), keep, introTraf(page)), keep)
}

// introHeroPage is an invented explainer stated as a NewsArticle: a hero
// with the headline and one paragraph of introduction, a byline, then
// the sections, each opening on a subhead. Readability takes the
// sections' element alone, go-trafilatura the whole <article>; the block
// model, on a stated article's bar, drops the introduction (neither its
// chosen candidate nor its neighbours keep it) and keeps the first
// subhead.
const introHeroPage = `<html><head><title>How the harbour wall will be paid for</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"How the harbour wall will be paid for"}</script>
</head><body><main><article>
<div class="hero">
<h1>How the harbour wall will be paid for</h1>
<p>Harbourton's council has agreed to rebuild the Keel Street sea wall, and the bill will run to about four million pounds over two years.</p>
</div>
<div class="byline"><p>By Ann Lee</p><p>4 December 2026</p><p>Four minutes to read</p></div>
<div class="sections">
<h2>The coastal flood fund</h2>
<p>Most of the money, some three million pounds, comes from the national coastal flood fund, which the council applied to in the spring.</p>
<h2>The harbour's reserves</h2>
<p>The rest is drawn from the harbour's own reserves, built up from mooring fees over the last decade and held in a separate account.</p>
<h2>What residents pay</h2>
<p>Householders on the harbour front will see a small levy on their council tax bills for two years, which the council puts at twelve pounds a year.</p>
<h2>If the works run over</h2>
<p>Any overspend up to half a million pounds would be met from the harbour reserves, and anything beyond that would go back to the full council for a vote.</p>
<h2>When the works start</h2>
<p>Contractors are due on site in March, starting at the northern end of the wall and working south so that the fish quay can stay open through the summer.</p>
<h2>Who checks the spending</h2>
<p>An independent engineer will report to the harbour committee every quarter, and the reports will be published on the council's website for anyone to read.</p>
</div>
</article></main></body></html>`

// TestExtractRestoresIntro runs introHeroPage through Extract: the
// introduction the block model drops comes back above the first subhead
// (restoreIntro, called in classifyBody), and the sections stay.
func TestExtractRestoresIntro(t *testing.T) {
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "intro", URL: "https://example.com/news/harbour-wall-funding", Format: news.FormatHTML, Content: []byte(introHeroPage)})
	if err != nil {
		t.Fatal(err)
	}
	for _, stays := range []string{"Harbourton's council has agreed", "The coastal flood fund", "An independent engineer will report"} {
		if !strings.Contains(a.Body, stays) {
			t.Errorf("body lost %q:\n%s", stays, a.Body)
		}
	}
	if i, j := strings.Index(a.Body, "Harbourton's council"), strings.Index(a.Body, "The coastal flood fund"); i > j {
		t.Errorf("introduction not above the first subhead:\n%s", a.Body)
	}
}
