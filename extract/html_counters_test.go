package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// counterPage is an invented review: the story's paragraphs, two score
// boxes that set a figure over its label in one element, a fee box whose
// figure runs on into a lower-case line, a year's badge over a label set
// in another element, and a paragraph that states a figure in prose.
const counterPage = `<html><body><article><div class="entry">
<p>We tested eleven electric toothbrushes over six weeks, brushing twice a day and timing how long each battery lasted between charges.</p>
<div class="score-box"><div class="score">83</div><div class="label">OVERALL SCORE</div></div>
<p>The Sonic 40 cleaned best of the mid-priced models and its battery lasted nineteen days, four more than the next best brush.</p>
<div class="score-box"><div class="score">$48.99</div><div class="label">List Price</div></div>
<p>The Pulse Mini is the cheapest brush we would buy, though its timer is quiet and its head wobbles after a month of use.</p>
<div class="fee"><div>$390</div><div>per hour</div></div>
<div class="badge">2024</div><div class="pick"><p>Best Value</p></div>
<p>Replacement heads cost between four and nine dollars each.</p>
</div></article></body></html>`

// TestDropCounters: with every block kept, the score boxes' figures and
// labels go on a stated article; the fee box's "per hour" and its figure
// stay, as do the badge and the label outside its element, and nothing goes where the page does not state an article or
// sets one counter alone.
func TestDropCounters(t *testing.T) {
	page := pageBlocks(t, counterPage)
	words := blockWords(page)
	all := func() []bool {
		keep := make([]bool, len(page))
		for i := range keep {
			keep[i] = true
		}
		return keep
	}
	want := all()
	for i, b := range page {
		switch b.text {
		case "83", "OVERALL SCORE", "$48.99", "List Price":
			want[i] = false
		}
	}
	checkVote(t, page, dropCounters(page, words, all(), true), want)
	checkVote(t, page, dropCounters(page, words, all(), false), all())

	one := all()
	for i, b := range page {
		if b.text == "$48.99" {
			one[i] = false // the model dropped one box's figure: one counter left
		}
	}
	checkVote(t, page, dropCounters(page, words, one, true), one)
}

// TestExtractDropsCounters runs the counter page, stated as a news
// article, through the whole HTML path: the block model keeps the score
// boxes, and only dropCounters, called in classifyBody, takes them out.
func TestExtractDropsCounters(t *testing.T) {
	const head = `<html><head><title>The best electric toothbrushes</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"The best electric toothbrushes"}</script>` +
		`</head><body><h1>The best electric toothbrushes</h1>`
	src := strings.Replace(counterPage, "<html><body>", head, 1)
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "counters", URL: "https://example.com/reviews/toothbrushes", Format: news.FormatHTML, Content: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Body, "\n\n")
	for _, gone := range []string{"83", "OVERALL SCORE", "$48.99", "List Price"} {
		if slices.Contains(paras, gone) {
			t.Errorf("body keeps the counter's %q:\n%s", gone, a.Body)
		}
	}
	for _, stays := range []string{"per hour", "Replacement heads cost between four and nine dollars each."} {
		if !slices.Contains(paras, stays) {
			t.Errorf("body lost %q:\n%s", stays, a.Body)
		}
	}
}
