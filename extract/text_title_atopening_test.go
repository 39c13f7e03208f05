package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleAtOpening: without a URL, a line taken far above the
// body with no date or byline beside it gives way to the headline dated,
// signed or stated twice by the body's first block, the credit lines
// between not counted (textTitleOpeningTop); with a URL, with the line
// taken near the body or dated itself, or with the headline neither
// dated nor signed or far over the body, the line taken stays.
func TestTextTitleAtOpening(t *testing.T) {
	const (
		head  = "Eleven Harbours on the North Coast Path"
		taken = "Harbour Walks and Ferry Timetables"
	)
	menu := make([]string, textTitleOpeningFar)
	for i := range menu {
		menu[i] = fmt.Sprintf("Walk %d", i+1)
	}
	page := func(over []string, byHead ...string) []string {
		lines := slices.Concat([]string{"Skip to content", "Home", taken}, over, byHead)
		return textTitleDatedPage(lines...)
	}
	for _, c := range []struct {
		name  string
		lines []string
		url   string
		moves bool
	}{
		{"dated over the body", page(menu, "March 14, 2025", head), "", true},
		{"signed over the body", page(menu, head, "By Mary Roe"), "", true},
		{"stated twice over the body", page(menu, head, head), "", true},
		{"with a URL", page(menu, "March 14, 2025", head), "https://example.org/walks/harbours", false},
		{"the headline neither dated nor signed", page(menu, head), "", false},
		{"the headline far over the body", page(menu, "March 14, 2025", head, "Share", "Print", "Email", "Save", "Post", "Pin"), "", false},
		{"signed over the body's credits", page(menu, head, "By Mary Roe", "Fact-checked by Ed Poe", "Tested by Ann Lee and Bo Ray", "Share", "Print", "Save"), "", true},
		{"the line taken near the body", page(menu[:5], "March 14, 2025", head), "", false},
		{"the line taken dated", page(slices.Concat([]string{"March 2, 2025"}, menu), "March 14, 2025", head), "", false},
	} {
		blocks := textNewBlocks(c.lines...)
		first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
		at := slices.Index(c.lines, taken)
		want := taken
		if c.moves {
			want = head
		}
		p := news.Page{URL: c.url, Format: news.FormatText}
		cands, vecs := textTitleVectors(p, blocks, first, len(blocks)-4)
		if got := textTitleAtOpening(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, url: c.url, w: &textTitleTextWeights}, at); got < 0 || c.lines[got] != want {
			t.Errorf("%s: textTitleAtOpening gives block %d (%q), want %q", c.name, got, c.lines[max(got, 0)], want)
		}
	}
}

// TestTextTitleIsCredit: a line that opens with one or two words, the
// last a past participle, then "by" credits someone with part of the
// page; a headline that says "by" further on, or with a capital "By"
// (a sponsor's "Presented By", which stands over a promo card), is none.
func TestTextTitleIsCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Tested by Ann Lee and Bo Ray":               true,
		"Originally Posted by harbourfan":            true,
		"Powered by Ferryboard":                      true,
		"Highly rated by small harbours":             true,
		"Four Ferries, Tested by Harbour Pilots":     false,
		"Presented By Harbour Supply":                false,
		"Harbour Walks Ranked by Length and Weather": false,
		"Tested":      false,
		"By Mary Roe": false,
	} {
		if got := textTitleIsCredit(s); got != want {
			t.Errorf("textTitleIsCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTextStatedTwice: a line is stated twice when the line over it or
// the line under it is the same text; either half alone reads one of the
// pair.
func TestTextStatedTwice(t *testing.T) {
	blocks := textNewBlocks("Skip to content", "Ferries of the North", "Ferries of the North", "By Mary Roe")
	for i, want := range []bool{false, true, true, false} {
		if got := textStatedTwice(blocks, i); got != want {
			t.Errorf("textStatedTwice(%q at %d) = %v, want %v", blocks[i].text, i, got, want)
		}
	}
}
