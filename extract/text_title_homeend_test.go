package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleUnderHomeTrail: on a page whose title model takes no
// line, the heading a "Home" trail on the line above ends in is the
// title, glued or spaced; a trail that does not open on "Home", one
// that ends elsewhere, "Home" alone over the heading and a one-word
// heading give none.
func TestTextTitleUnderHomeTrail(t *testing.T) {
	const heading = "Harbour Towns With the Busiest Ferries in the U.S."
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"glued trail", []string{"HomeGuides" + heading, heading}, heading},
		{"spaced trail", []string{"Home / Guides / " + heading, heading}, heading},
		{"trail in capitals", []string{"HOME GUIDES " + heading, heading}, heading},
		{"no home", []string{"Guides / " + heading, heading}, ""},
		{"trail ends elsewhere", []string{"HomeGuidesFerries", heading}, ""},
		{"home alone", []string{"Home", heading}, ""},
		{"one word", []string{"HomeGuidesFerries", "Ferries"}, ""},
	} {
		blocks := textNewBlocks(textTitleDatedPage(c.head...)...)
		first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
		if got := textTitleUnderHomeTrail(blocks, first); got != c.want {
			t.Errorf("%s: textTitleUnderHomeTrail gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleUnderHomeTrailPage: through Extract, without a URL, a
// report whose heading ends in an abbreviation's full stop, which no
// headline candidate may, is given the heading its glued trail ends in,
// and its body is the story.
func TestTextTitleUnderHomeTrailPage(t *testing.T) {
	const heading = "Harbour Towns With the Busiest Ferries in the U.S."
	lines := textTitleDatedPage("HomeGuides"+heading, heading)
	page := news.Page{Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))}
	a, err := New(DefaultOptions()).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != heading || !strings.Contains(a.Body, "eleven harbours") {
		t.Errorf("title = %q, want %q; body %q", a.Title, heading, a.Body)
	}
}
