package extract

import (
	"strings"
	"testing"
)

// TestTextCountsAsHeadlineMatchesPlain holds the headline count's test,
// its word count read first, to the plain form (textIsHeadline, then at
// most 15 words) on textHeadlineProbes.
func TestTextCountsAsHeadlineMatchesPlain(t *testing.T) {
	checkHeadlineFastPath(t, "textCountsAsHeadline", textCountsAsHeadline, func(b *textBlock) bool {
		return textIsHeadline(b) && b.words <= 15
	})
}

// checkHeadlineFastPath holds fast, a headline test with its word count
// asked first, to plain on every block of textHeadlineProbes, and fails
// when fewer than 100 probes are headlines (the comparison would test
// little).
func checkHeadlineFastPath(t *testing.T, name string, fast, plain func(*textBlock) bool) {
	t.Helper()
	blocks := textHeadlineProbes(t)
	yes := 0
	for i := range blocks {
		b := &blocks[i]
		want := plain(b)
		if got := fast(b); got != want {
			t.Fatalf("%s(%q, %d words) = %v, want %v", name, b.text, b.words, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Errorf("%s: only %d headlines: the test reads too few", name, yes)
	}
}

// textHeadlineProbes returns the blocks the headline tests' fast paths
// are held on: the test pages' blocks and invented lines of 0 to 33
// words (either side of every word-count bound), each with and without a
// closing full stop, a colon or a quote.
func textHeadlineProbes(t *testing.T) []textBlock {
	t.Helper()
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
	return blocks
}
