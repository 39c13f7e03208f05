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
	textCheckGiveWay(t, blocks, first, "textTitleNotHost", []textGiveWayCase{
		{"below the home page", "https://harbourwalks.example/guides/north-coast", siteAt, headAt},
		{"host with www", "https://www.harbourwalks.example/p/12", siteAt, headAt},
		{"home page", "https://harbourwalks.example/", siteAt, siteAt},
		{"no URL", "", siteAt, siteAt},
		{"another host", "https://coastpaths.example/guides/north-coast", siteAt, siteAt},
		{"the headline taken", "https://harbourwalks.example/guides/north-coast", headAt, headAt},
	}, textTitleNotHost)
}

// textGiveWayCase is a case of a rule by which the title line taken, at,
// gives way to another candidate: the page's URL and the block the rule
// should name.
type textGiveWayCase struct {
	name string
	url  string
	at   int
	want int
}

// textCheckGiveWay runs the give-way rule named rule on each case over
// blocks (textTitleDatedPage's, the body from first), the candidates read
// with the case's URL and its slug, under the shipped weights.
func textCheckGiveWay(t *testing.T, blocks []textBlock, first int, rule string, cases []textGiveWayCase,
	give func(c *textTitleCandidates, at int) int) {
	t.Helper()
	for _, c := range cases {
		p := news.Page{URL: c.url, Format: news.FormatText}
		cands, vecs := textTitleVectors(p, blocks, first, len(blocks)-4)
		tc := &textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first,
			url: c.url, slug: textSlugKeys(c.url), w: &textTitleWeights}
		if got := give(tc, c.at); got != c.want {
			t.Errorf("%s: %s gives block %d, want %d", c.name, rule, got, c.want)
		}
	}
}
