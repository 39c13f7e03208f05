package extract

import "testing"

// TestTextIsHeadlineMatchesPlain holds the headline test, its word count
// asked first where it is called, to the plain form (textIsHeadlineShaped,
// which asks the count again with the cue and the ending) on
// textHeadlineProbes.
func TestTextIsHeadlineMatchesPlain(t *testing.T) {
	checkHeadlineFastPath(t, "textIsHeadline", textIsHeadline, textIsHeadlineShaped)
}
