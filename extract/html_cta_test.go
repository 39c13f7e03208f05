package extract

import (
	"slices"
	"strings"
	"testing"
)

// ctaPage is an invented how-to: the story's paragraphs, a business's
// call to action set between them in a box named "cta", and an offer
// above the story in another such box (a service page's hero, which the
// rule leaves).
const ctaPage = `<html><body>
<div class="hero-cta"><h2>Grow your bakery with our ordering app</h2></div>
<article><div class="entry-content">
<p>Sourdough starters need feeding on a schedule, and the schedule depends more on the kitchen's temperature than on any recipe's advice about hours and grams.</p>
<p>In a warm kitchen a starter fed once a day will peak by early afternoon and collapse by evening, so bakers who work in the morning feed it late at night instead.</p>
<p>In a cold kitchen the same starter can take a whole day to double, and many bakers keep it near the oven or in a box with a jar of warm water beside it.</p>
<p>Flour matters less than people think: a starter moved from white flour to rye will be slow for a feed or two and then rise faster than before, since rye carries more of the yeasts it lives on.</p>
<div class="wp-block-cta cta-box">
<h4>Want to sell more loaves with less effort?</h4>
<p>Take orders online and send quick quotes to cafes with our bakery software.</p>
<a href="/trial">Start a free trial</a>
</div>
<p>Whatever the kitchen, watch the starter rather than the clock: a starter that has doubled and smells sharp but not sour is ready to mix into the dough.</p>
<p>If it smells of nail varnish it is hungry, and two feeds a few hours apart will usually bring it back before the next bake.</p>
<p>Bakers who travel dry a spoonful of starter on baking paper, crumble it into a jar and wake it a week later with flour and water; it comes back within two or three days.</p>
<p>Keep a spare jar of starter in the fridge, fed once a week, for the day the one on the counter is forgotten.</p>
</div></article></body></html>`

// TestDropCallsToAction: with every block kept, the box between the
// paragraphs goes on a stated article but for its link button; the box
// above the story stays, and nothing goes where the page does not state
// an article.
func TestDropCallsToAction(t *testing.T) {
	page := pageBlocks(t, ctaPage)
	words := blockWords(page)
	want := allKept(len(page))
	for i, b := range page {
		if strings.Contains(b.text, "sell more loaves") || strings.Contains(b.text, "bakery software") {
			want[i] = false
		}
	}
	if slices.Equal(want, allKept(len(page))) {
		t.Fatal("the page renders no block inside its call to action")
	}
	checkVote(t, page, dropCallsToAction(page, words, allKept(len(page)), true), want)
	checkVote(t, page, dropCallsToAction(page, words, allKept(len(page)), false), allKept(len(page)))
}

// TestExtractDropsCallsToAction runs the page, stated as a news article,
// through the whole HTML path: the block model keeps the box's lines, and
// only dropCallsToAction, called in classifyBody, takes them out.
func TestExtractDropsCallsToAction(t *testing.T) {
	a := extractHTMLPage(t, "cta", "https://example.com/blog/how-to-feed-a-sourdough-starter", statedArticle(ctaPage, "How to feed a sourdough starter"))
	checkBody(t, a.Body, "the call to action's", []string{"sell more loaves", "bakery software"}, []string{"Sourdough starters need feeding", "watch the starter rather than the clock", "Keep a spare jar"})
}
