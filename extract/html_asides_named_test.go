package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// asideThreadPage is an invented forum thread that states no article: two
// posts, each with its author column in an <aside>, the reply opening on
// a quote of the first post set in an <aside>, and a footnote the reply
// calls set in an <aside> of its own.
const asideThreadPage = `<html><head><title>Bread dough will not rise in a cold kitchen</title></head><body>
<h1>Bread dough will not rise in a cold kitchen</h1>
<div class="topic">
<div class="post"><aside class="post-author-column"><p>millbrook</p><p>Regular member</p></aside>
<div class="post-body"><p>My bread dough barely rises in winter even though I use the same flour, the same yeast and the same recipe that works all summer long.</p>
<p>The kitchen sits at about fifteen degrees at night, and by morning the dough has hardly grown at all, so I end up baking a dense and heavy loaf.</p></div></div>
<div class="post"><aside class="post-author-column"><p>oven_wright</p><p>Senior member</p></aside>
<div class="post-body"><aside class="quote"><p>millbrook said:</p><p>My bread dough barely rises in winter.</p></aside>
<p>Yeast slows down a great deal below twenty degrees, so the dough needs more time or a warmer spot, such as an oven with only its light switched on.</p>
<p>You can also use lukewarm water when you mix it and let the first rise run overnight in the fridge, which gives more flavour as well.<sup>1</sup></p>
<aside class="footnote"><p>1. A slow cold rise of twelve hours or more is what many bakers call retarding the dough.</p></aside>
<p>Once the kitchen warms up in spring you can go back to the times the recipe gives, and the loaf will rise as it did before.</p></div></div>
</div></body></html>`

// TestSpareNamedAsides: with every block kept, the reply's quote of the
// first post goes, while the posts, the author columns and the footnote
// (asides whose names say so) stay.
func TestSpareNamedAsides(t *testing.T) {
	page := pageBlocks(t, asideThreadPage)
	words := blockWords(page)
	keep := make([]bool, len(page))
	want := make([]bool, len(page))
	quote := 0
	for i, b := range page {
		keep[i] = true
		want[i] = true
		if a := nearestElement(b.node, "aside"); a != nil && attr(a, "class") == "quote" {
			want[i] = false
			quote++
		}
	}
	if quote != 2 {
		t.Fatalf("the page renders %d blocks inside its quote, want 2", quote)
	}
	checkVote(t, page, dropAsideBlocks(page, words, keep), want)
}

// TestExtractSparesNamedAsides runs the thread through the whole HTML
// path: the quote goes, and the footnote and the posters' names stay.
func TestExtractSparesNamedAsides(t *testing.T) {
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "thread", URL: "https://example.com/forum/t/bread-dough-cold-kitchen/4021", Format: news.FormatHTML, Content: []byte(asideThreadPage)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Body, "millbrook said:") {
		t.Errorf("body keeps the quote:\n%s", a.Body)
	}
	for _, stays := range []string{"Yeast slows down", "A slow cold rise", "Once the kitchen warms"} {
		if !strings.Contains(a.Body, stays) {
			t.Errorf("body lost %q:\n%s", stays, a.Body)
		}
	}
}
