package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleNotHost: a line taken that spells the host of a page
// below the home page gives way to the headline, the best other title
// candidate; on the home page, without a URL, and for a line that does
// not spell the host, the line taken stays.
func TestTextTitleNotHost(t *testing.T) {
	const (
		site = "Harbour Walks"
		head = "The North Coast Path in Every Season"
	)
	lines := textTitleDatedPage(site, site, "Guides", head)
	blocks := textNewBlocks(lines...)
	first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
	siteAt, headAt := slices.Index(lines, site), slices.Index(lines, head)
	for _, c := range []struct {
		name string
		url  string
		at   int
		want int
	}{
		{"below the home page", "https://harbourwalks.example/guides/north-coast", siteAt, headAt},
		{"host with www", "https://www.harbourwalks.example/p/12", siteAt, headAt},
		{"home page", "https://harbourwalks.example/", siteAt, siteAt},
		{"no URL", "", siteAt, siteAt},
		{"another host", "https://coastpaths.example/guides/north-coast", siteAt, siteAt},
		{"the headline taken", "https://harbourwalks.example/guides/north-coast", headAt, headAt},
	} {
		p := news.Page{URL: c.url, Format: news.FormatText}
		cands, vecs := textTitleVectors(p, blocks, first, len(blocks)-4)
		if got := textTitleNotHost(blocks, cands, vecs, c.at, first, false, c.url, &textTitleWeights); got != c.want {
			t.Errorf("%s: textTitleNotHost gives block %d, want %d", c.name, got, c.want)
		}
	}
}
