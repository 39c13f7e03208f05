package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleOffSlug: a line taken that shares no word with the URL's
// slug gives way to the headline, a candidate over its bar that states
// half the slug or more, once the slug's tracking query is cut off; a
// line taken that shares a slug word, a headline stating less than half
// a long slug, a slug of one word and a page without a URL leave the
// line taken.
func TestTextTitleOffSlug(t *testing.T) {
	const (
		head  = "The North Coast Path in Every Season"
		off   = "Two days, 38 km, eleven harbours"
		shore = "Coast Weather Today"
	)
	lines := textTitleDatedPage("Guides", shore, head, off)
	blocks := textNewBlocks(lines...)
	first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
	offAt, shoreAt, headAt := slices.Index(lines, off), slices.Index(lines, shore), slices.Index(lines, head)
	for _, c := range []struct {
		name string
		url  string
		at   int
		want int
	}{
		{"off the slug", "https://walks.example/guides/north-coast-path", offAt, headAt},
		{"tracking query", "https://walks.example/guides/coast-path?srsltid=AfmBOx&utm=y", offAt, headAt},
		{"shares a slug word", "https://walks.example/guides/north-coast-path", shoreAt, shoreAt},
		{"less than half a long slug", "https://walks.example/guides/north-coast-path-cliffs-ferries-tides-benches", offAt, offAt},
		{"slug of one word", "https://walks.example/guides/coast", offAt, offAt},
		{"no URL", "", offAt, offAt},
	} {
		p := news.Page{URL: c.url, Format: news.FormatText}
		cands, vecs := textTitleVectors(p, blocks, first, len(blocks)-4)
		if got := textTitleOffSlug(blocks, cands, vecs, c.at, first, false, c.url, &textTitleWeights); got != c.want {
			t.Errorf("%s: textTitleOffSlug gives block %d, want %d", c.name, got, c.want)
		}
	}
}
