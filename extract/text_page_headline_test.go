package extract

import (
	"strings"
	"testing"
)

// TestTextCountsAsHeadlineMatchesPlain holds the headline count's test,
// its word count read first, to the plain form (textIsHeadline, then at
// most 15 words) on the test pages' blocks and on invented lines of 2 to
// 32 words, with and without a closing full stop, a colon or a quote.
func TestTextCountsAsHeadlineMatchesPlain(t *testing.T) {
	var blocks []textBlock
	for _, s := range textSpeedLines(t) {
		blocks = append(blocks, textNewBlock(s))
	}
	for n := 2; n <= 32; n++ {
		words := strings.TrimSpace(strings.Repeat("Harbour ", n))
		for _, end := range []string{"", ".", ":", ".”", "``", " '"} {
			blocks = append(blocks, textNewBlock(words+end))
		}
	}
	yes := 0
	for i := range blocks {
		b := &blocks[i]
		want := textIsHeadline(b) && b.words <= 15
		if got := textCountsAsHeadline(b); got != want {
			t.Fatalf("textCountsAsHeadline(%q, %d words) = %v, want %v", b.text, b.words, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Errorf("only %d headlines: the test reads too few", yes)
	}
}
