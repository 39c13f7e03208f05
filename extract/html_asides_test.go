package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// asidePage is an invented health story: its paragraphs in an <article>,
// a two-line promotion set in an <aside> between them, and a fact box of
// a heading and two paragraphs set in an <aside> of its own, which the
// story sets apart on purpose.
const asidePage = `<html><body><article><div class="entry-content">
<p>Walking after a meal lowers the rise in blood sugar that follows it, and a short walk of ten minutes is enough to see the effect in most adults.</p>
<p>Researchers asked volunteers to walk, stand or sit for a quarter of an hour after lunch and measured their glucose every few minutes for the next three hours.</p>
<aside><h4>Want to get fit and healthy?</h4><p>Our coaches build a walking plan around the way you already move, and the first month is free.</p></aside>
<p>The walkers' glucose peaked lower and fell back sooner than that of the volunteers who sat, and standing helped a little too.</p>
<aside class="center"><h3>Not all walks are the same.</h3>
<p>A stroll around the office counts as much as a brisk walk outside: what matters is that the muscles of the legs are working while the meal is being digested.</p>
<p>People who cannot walk after eating can get some of the benefit from standing, climbing a few flights of stairs or doing light chores around the house.</p></aside>
<p>The authors suggest making a walk after the largest meal of the day a habit, especially for people who have been told their blood sugar is high.</p>
</div></article></body></html>`

// TestDropAsideBlocks: with every block kept, the short promotion's
// lines go while the story and the longer fact box stay; nothing goes
// where an aside holds most of what is kept.
func TestDropAsideBlocks(t *testing.T) {
	page := pageBlocks(t, asidePage)
	words := blockWords(page)
	want := allKept(len(page))
	var box *html.Node
	for _, b := range page {
		if strings.HasPrefix(b.text, "Want to get fit") {
			box = nearestElement(b.node, "aside")
		}
	}
	promo := 0
	for i, b := range page {
		if box != nil && nearestElement(b.node, "aside") == box {
			want[i] = false
			promo++
		}
	}
	if promo != 2 {
		t.Fatalf("the page renders %d blocks inside its promotion, want 2", promo)
	}
	checkVote(t, page, dropAsideBlocks(page, words, allKept(len(page))), want)

	// Only the promotion kept: it holds all the page keeps, and stays.
	alone := make([]bool, len(page))
	for i := range want {
		alone[i] = !want[i]
	}
	checkVote(t, page, dropAsideBlocks(page, words, alone), alone)
}

// TestExtractDropsAsideBlocks runs the aside page, stated as a news
// article, through the whole HTML path: the block model keeps the
// promotion, and only dropAsideBlocks, called in classifyBody, takes it
// out.
func TestExtractDropsAsideBlocks(t *testing.T) {
	a := extractHTMLPage(t, "asides", "https://example.com/health/walk-after-meals", statedArticle(asidePage, "A short walk after meals lowers blood sugar"))
	checkBody(t, a.Body, "the promotion's", []string{"Want to get fit", "Our coaches build"}, []string{"Walking after a meal lowers", "The walkers' glucose peaked", "A stroll around the office", "The authors suggest"})
}
