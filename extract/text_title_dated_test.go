package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textTitleDatedPage is an invented post's page: a menu, the lines of
// head (the headline's region), then the story's paragraphs.
func textTitleDatedPage(head ...string) []string {
	lines := []string{"Skip to content", "Home", "Walks", "Tides", "Ferries", "About us", "Contact"}
	lines = append(lines, head...)
	return append(lines,
		"The north coast has eleven harbours between the river mouth and the cape, and a path joins all of them along the cliffs above the water.",
		"We walked the whole path over four weekends in the spring, stopping in each harbour for the night and timing each stage with the tide tables.",
		"The easiest stage runs from the old lighthouse to the fish market, a flat hour on a wide track with benches every few hundred metres.",
		"The hardest climbs three headlands in a row, and the ferry back leaves only twice a day outside the summer months, so start early.",
		"Share this", "Facebook", "Newsletter", "Privacy policy")
}

// TestTextTitleDatedAbove: the headline over a byline and a date is
// taken for the heading that restates it over the body; a heading with
// its own byline, a line above with none, a line on another topic, a
// line too far above and a crumb trail holding the heading leave it.
func TestTextTitleDatedAbove(t *testing.T) {
	const heading = "Harbour Walks: The North Coast Path in Every Season"
	far := make([]string, textTitleDatedBlocks)
	for i := range far {
		far[i] = "Photo"
	}
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"dated headline above", []string{"Harbour Walks: A Season on the North Coast Path", "By Ann Roe | March 5, 2025", "Contents", heading},
			"Harbour Walks: A Season on the North Coast Path"},
		{"heading with its own byline", []string{"Harbour Walks: A Season on the North Coast Path", "By Ann Roe | March 5, 2025", "Contents", heading, "By Ann Roe"},
			heading},
		{"no byline above", []string{"Harbour Walks: A Season on the North Coast Path", "Contents", "Print", "Email", heading},
			heading},
		{"another topic", []string{"Bakery Guides for Every Season in Town", "By Ann Roe | March 5, 2025", "Contents", heading},
			heading},
		{"too far above", append(append([]string{"Harbour Walks: A Season on the North Coast Path", "By Ann Roe | March 5, 2025"}, far...), heading),
			heading},
		{"crumb holding the heading", []string{"Home / Walks / " + heading, "By Ann Roe | March 5, 2025", "Contents", heading},
			heading},
	} {
		blocks := textNewBlocks(textTitleDatedPage(c.head...)...)
		at := slices.IndexFunc(blocks, func(b textBlock) bool { return b.text == heading })
		first := at + 1
		cands, vecs := textTitleVectors(news.Page{}, blocks, first, len(blocks)-4)
		if got := textTitleText(&blocks[textTitleDatedAbove(blocks, cands, vecs, at)]); got != c.want {
			t.Errorf("%s: textTitleDatedAbove gives %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTextTitleDatedAbovePage: through Extract, a post whose headline
// stands over its byline and date and is restated in other words right
// over the body is given the headline, and the body is the story.
func TestTextTitleDatedAbovePage(t *testing.T) {
	lines := textTitleDatedPage("Harbour Walks: A Season on the North Coast Path", "By Ann Roe | March 5, 2025", "Contents",
		"Harbour Walks: The North Coast Path in Every Season")
	checkTextTitlePage(t, lines, "Harbour Walks: A Season on the North Coast Path")
}

// checkTextTitlePage extracts an invented harbour-walks page (lines,
// textTitleDatedPage's) and checks that its title is want and that its
// body holds the story.
func checkTextTitlePage(t *testing.T, lines []string, want string) {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != want || !strings.Contains(a.Body, "eleven harbours") {
		t.Errorf("title = %q, want %q; body %q", a.Title, want, a.Body)
	}
}
