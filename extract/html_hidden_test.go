package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hiddenSizesPage is a story followed by a page builder's section hidden
// on every screen size: the page never shows it, so the body leaves it.
const hiddenSizesPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
` + harbourWallParas + `<section class="builder-section builder-hidden-desktop builder-hidden-tablet builder-hidden-mobile">
<p>Draft course list for the Mill Lane evening classes, to be filled in before the term opens.</p>
<p>Placeholder text for the second class on the list, which nobody has written yet.</p>
</section>
</article></body></html>`

func TestHTMLHiddenEverywhereDropped(t *testing.T) {
	checkHTMLBody(t, "hidden-sizes", hiddenSizesPage,
		[]string{"questions from residents and traders."},
		[]string{"Draft course list", "Placeholder text"})
}

// TestRenderHidden: what the renderer leaves as never shown, and what it
// keeps (a bare hidden attribute, an element hidden on some sizes only).
func TestRenderHidden(t *testing.T) {
	for _, tc := range []struct {
		html string
		want string
	}{
		{`<div class="x-hidden-desktop x-hidden-tablet x-hidden-mobile"><p>Gone.</p></div><p>Kept.</p>`, "Kept."},
		{`<div class="x-hidden-desktop x-hidden-tablet"><p>Phones.</p></div><p>Kept.</p>`, "Phones.|Kept."},
		{`<div class="x-hidden-mobile"><p>Desktops.</p></div><p>Kept.</p>`, "Desktops.|Kept."},
		{`<div hidden><p>Revealed later.</p></div><p>Kept.</p>`, "Revealed later.|Kept."},
		{`<div hidden="hidden"><p>Gone.</p></div><p>Kept.</p>`, "Kept."},
		{`<div aria-hidden="true"><p>Gone.</p></div><p>Kept.</p>`, "Kept."},
	} {
		root, err := html.Parse(strings.NewReader("<body>" + tc.html + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range renderBlocks(root) {
			got = append(got, b.text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: blocks %q, want %q", tc.html, got, tc.want)
		}
	}
}
