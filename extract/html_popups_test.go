package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// popupPage is an invented personal-finance story whose page body says a
// modal is open (the class names nothing: it holds everything). Inside its
// <article>, a glossary term's definition sits in a modal window's
// content element, a call to action in a page builder's pop-up, and a
// long explainer in a third window, which is the page's own text; its
// heading sits in the window's header element.
var popupPage = `<html><body class="page modal-open"><article><div class="entry-content">
<p>An index fund buys every company in a market index, so its owners get the market's return minus a small fee, and nobody has to pick the winners.</p>
<p>Because the fund trades only when the index changes, its costs stay low and it hands its owners fewer taxable gains than a fund that trades often.</p>
<div class="modal glossary-term" id="term-benchmark"><div class="modal-content"><h2>Market benchmark</h2>
<p>An unmanaged group of bonds or stocks whose overall performance is used as a standard to measure how well an investment has done.</p></div></div>
<p>Over twenty years most funds run by managers who pick stocks have done worse than the index they measure themselves against, once their fees are counted.</p>
<div class="elementor elementor-location-popup"><h3>Talk to an adviser today</h3>
<p>Book a free call with one of our advisers and get a plan for your savings within a week.</p></div>
<p>Index funds were first sold to the public in the middle of the nineteen-seventies, and for years most advisers told their clients they would never catch on.</p>
<p>Today they hold more of the stock market than the funds whose managers pick stocks, and the largest of them are among the biggest owners of every listed company.</p>
<p>A saver who wants to start can buy one broad fund, add to it every month and leave it alone through the years when the market falls.</p>
<section id="explainer-modal"><div class="modal-header"><h2>How the fees add up</h2></div>
<p>` + strings.Repeat("A fee of one percent a year looks small, but it is taken from the whole balance every year, so over a working life it can take a large share of what the savings would have grown to. ", 6) + `</p></section>
<p>The cheapest funds now charge a few hundredths of a percent a year, which leaves almost all of the market's return with the people who own them.</p>
</div></article><div class="modallink-wrap"><p>See all our guides to saving for retirement and paying less in fees on the funds you already hold.</p></div></body></html>`

// TestDropPopupBlocks: with every block kept, the definition's and the
// call to action's blocks go; the story, the long explainer window (its
// heading in a small "modal-header" of its own, decided with the window
// around it) and a block whose name only starts with "modal" stay, and
// the page body's "modal-open" class takes nothing.
func TestDropPopupBlocks(t *testing.T) {
	page := pageBlocks(t, popupPage)
	words := blockWords(page)
	keep := make([]bool, len(page))
	for i := range keep {
		keep[i] = true
	}
	gone := map[string]bool{"Market benchmark": true, "An unmanaged group": true, "Talk to an adviser": true, "Book a free call": true}
	want := make([]bool, len(page))
	found := 0
	for i, b := range page {
		want[i] = true
		for g := range gone {
			if strings.HasPrefix(b.text, g) {
				want[i] = false
				found++
			}
		}
	}
	if found != len(gone) {
		t.Fatalf("the page renders %d of the %d pop-up blocks", found, len(gone))
	}
	checkVote(t, page, dropPopupBlocks(page, words, keep), want)

	// Only the definition kept: its window holds all the page keeps, and
	// names nothing.
	alone := make([]bool, len(page))
	for i, b := range page {
		alone[i] = strings.HasPrefix(b.text, "Market benchmark") || strings.HasPrefix(b.text, "An unmanaged group")
	}
	checkVote(t, page, dropPopupBlocks(page, words, alone), alone)
}

// TestPopupNamed: "modal" and "popup" as whole parts of a class or id, in
// any case; not as the start of a longer word.
func TestPopupNamed(t *testing.T) {
	for _, c := range []struct {
		class, id string
		want      bool
	}{
		{"modal", "", true},
		{"cmp-modal--content-cf", "", true},
		{"ss-modal ss_aD7aP", "", true},
		{"elementor elementor-6304 elementor-location-popup", "", true},
		{"", "removeProduct-Modal", true},
		{"", "a-popover-pricingFeedback-modal-content", true},
		{"ImageIconGrid__modallink-wrap", "", false},
		{"popupper", "mymodal1", false},
		{"entry-content", "main", false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		if c.class != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: c.class})
		}
		if c.id != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: c.id})
		}
		if got := popupNamed(n); got != c.want {
			t.Errorf("popupNamed(class %q, id %q) = %v, want %v", c.class, c.id, got, c.want)
		}
	}
}

// TestExtractDropsPopupBlocks runs the pop-up page, stated as a news
// article, through the whole HTML path: the pop-ups' prose is gone, the
// story and the long explainer stay.
func TestExtractDropsPopupBlocks(t *testing.T) {
	const head = `<html><head><title>Why index funds cost less</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Why index funds cost less"}</script>` +
		`</head>`
	src := strings.Replace(popupPage, "<html>", head, 1)
	src = strings.Replace(src, "<article>", "<article><h1>Why index funds cost less</h1>", 1)
	a := extractHTMLPage(t, "popups", "https://example.com/money/index-funds", src)
	checkBody(t, a.Body, "the pop-up's", []string{"An unmanaged group", "Book a free call"},
		[]string{"An index fund buys", "Over twenty years", "A fee of one percent", "The cheapest funds"})
}
