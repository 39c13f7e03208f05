package extract

import (
	"strings"
	"testing"
)

// TestTextCountPagePhrasesMatchLists holds textCountPage's phrase counts,
// read only from the blocks whose scan found a phrase, to a count of each
// list's phrases in every short block's lowered start. The pages are
// invented: lines of a few words, some of them the lists' phrases in any
// case, one list's or several lists' on one line, many lines with none.
func TestTextCountPagePhrasesMatchLists(t *testing.T) {
	words := []string{"harbour", "ferry", "Tides", "news", "the", "of", "a", "Weather", "2026", "—", "|"}
	var phrases []string
	for _, list := range [][]string{textCommerce, textService, textListingCue} {
		phrases = append(phrases, list...)
	}
	r := fastRand(74, 2)
	counted := 0
	for range 2000 {
		var page strings.Builder
		for range 1 + r.IntN(30) {
			for n := 1 + r.IntN(14); n > 0; n-- {
				w := words[r.IntN(len(words))]
				if r.IntN(4) == 0 {
					w = phrases[r.IntN(len(phrases))]
					if r.IntN(2) == 0 {
						w = strings.ToUpper(w[:1]) + w[1:]
					}
				}
				page.WriteString(w + " ")
			}
			page.WriteString("\n\n")
		}
		blocks := textSplitBlocks(page.String())
		keep := make([]bool, len(blocks))
		got := textCountPage(blocks, keep)
		var want [3]int
		for i := range blocks {
			if blocks[i].words > textCueMaxWords*2 {
				continue
			}
			for g, list := range [][]string{textCommerce, textService, textListingCue} {
				for _, ph := range list {
					want[g] += textBool(strings.Contains(blocks[i].low, ph))
				}
			}
		}
		if got.commerce != want[0] || got.service != want[1] || got.listing != want[2] {
			t.Fatalf("page %q: counts %d/%d/%d, the lists give %d/%d/%d", page.String(), got.commerce, got.service, got.listing, want[0], want[1], want[2])
		}
		counted += want[0] + want[1] + want[2]
	}
	if counted < 1000 {
		t.Errorf("only %d phrases counted: too few to hold the counts", counted)
	}
}
