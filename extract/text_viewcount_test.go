package extract

import (
	"strings"
	"testing"
)

// TestTextMayCountViewsMatchesPieces holds textMayCountViews to the six
// searches it stands for, on invented lines (each piece at the start, the
// end and inside, in each case, mixed case, near misses), 20,000 random
// lines of their bytes and every line of the speed pages; lines with and
// without a piece must turn up.
func TestTextMayCountViewsMatchesPieces(t *testing.T) {
	pieces := []string{"iew", "IEW", "isited", "ISITED", "ead", "EAD"}
	lines := []string{"", "w", "d", "ew", "iew", "IEW", "iEw", "1,693 views", "Post Views: 220", "(Visited 1,902 times)",
		"VISITED", "Visited", "isite", "read", "READS", "rEAd", "eaD", "sited", "xisited", "ISITEd"}
	rng := fastRand(194, 9)
	bytes := []string{"i", "I", "e", "E", "w", "W", "a", "A", "d", "D", "s", "S", "t", "T", "isite", "ISITE", " ", "1", "é"}
	for range 20000 {
		lines = append(lines, fastPieces(rng, bytes, 0, 12))
	}
	for _, p := range textSpeedPages(t) {
		lines = append(lines, strings.Split(string(p.Content), "\n")...)
	}
	held := [2]int{}
	for _, s := range lines {
		got, want := textMayCountViews(s), textHasAny(s, pieces...)
		if got != want {
			t.Fatalf("textMayCountViews(%q) = %v, the searches %v", s, got, want)
		}
		held[textBool(want)]++
	}
	if held[0] < 100 || held[1] < 100 {
		t.Fatalf("%d lines without a piece and %d with one: the test reaches too little", held[0], held[1])
	}
}

// textHasAny reports whether s holds one of pieces: the view counter's
// gate (textMayCountViews) as it was, each piece in lower and in upper
// case, which "Views", "views" and "VIEWS" all hold; the expression it
// stands before folds any case, but no line mixes case inside such a word.
func textHasAny(s string, pieces ...string) bool {
	for _, p := range pieces {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
