package extract

import (
	"math/bits"
	"strings"
	"testing"
)

// TestTextPagePhraseMemoMatchesScan holds the page count's memo to
// textPagePhrases.scan: on strings that share their first byte's address
// but not their length (a phrase's line and its first word), on more
// strings than the memo has slots, and on the test pages' blocks, whose
// repeated lines share their lowered start. It fails with the length
// left out of a slot's key (tried).
func TestTextPagePhraseMemoMatchesScan(t *testing.T) {
	var m textPagePhraseMemo
	line := "add to cart — free shipping on orders over $50 · sort by price"
	for n := len(line); n >= 0; n-- {
		for range 2 {
			if got, want := m.scan(line[:n]), textPagePhrases.scan(line[:n], 0); got != want {
				t.Fatalf("memo scan(%q) = %b, the scan %b", line[:n], got, want)
			}
		}
	}
	var lows []string
	for i := range 500 {
		lows = append(lows, strings.Repeat("x", i%7)+[]string{"buy now", "harbour", "view all", "tides"}[i%4]+strings.Repeat(" y", i%11))
	}
	for range 2 {
		for _, s := range lows {
			if got, want := m.scan(s), textPagePhrases.scan(s, 0); got != want {
				t.Fatalf("memo scan(%q) = %b, the scan %b", s, got, want)
			}
		}
	}
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		keep := make([]bool, len(blocks))
		got := textCountPage(blocks, keep)
		var want [3]int
		for i := range blocks {
			if blocks[i].words <= textCueMaxWords*2 {
				seen := textPagePhrases.scan(blocks[i].low, 0)
				for g := range want {
					want[g] += bits.OnesCount64(seen & textPageGroups[g])
				}
			}
		}
		if got.commerce != want[0] || got.service != want[1] || got.listing != want[2] {
			t.Fatalf("%s: counts %d/%d/%d, the scan gives %d/%d/%d", p.ID, got.commerce, got.service, got.listing, want[0], want[1], want[2])
		}
	}
}
