package extract

import (
	"strings"
	"testing"
)

// TestTextIsHeadlineMatchesPlain holds the headline test, its word count
// asked first where it is called, to the plain form (textIsHeadlineShaped,
// which asks the count again with the cue and the ending) on the test
// pages' blocks and on invented lines of 0 to 33 words, with and without
// a closing full stop, a colon or a quote.
func TestTextIsHeadlineMatchesPlain(t *testing.T) {
	var blocks []textBlock
	for _, s := range textSpeedLines(t) {
		blocks = append(blocks, textNewBlock(s))
	}
	for n := 0; n <= 33; n++ {
		words := strings.TrimSpace(strings.Repeat("Harbour ", n))
		for _, end := range []string{"", ".", ":", ".”", "``", " '"} {
			blocks = append(blocks, textNewBlock(words+end))
		}
	}
	yes := 0
	for i := range blocks {
		b := &blocks[i]
		want := textIsHeadlineShaped(b)
		if got := textIsHeadline(b); got != want {
			t.Fatalf("textIsHeadline(%q, %d words) = %v, want %v", b.text, b.words, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Errorf("only %d headlines: the test reads too few", yes)
	}
}
