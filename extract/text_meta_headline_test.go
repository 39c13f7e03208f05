package extract

import "testing"

// TestTextIsHeadlineMatchesPlain holds the headline test, its word count
// asked first where it is called, to the plain form (textIsHeadlineShaped,
// which asks the count again with the cue and the ending) on
// textHeadlineProbes.
func TestTextIsHeadlineMatchesPlain(t *testing.T) {
	blocks := textHeadlineProbes(t)
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
