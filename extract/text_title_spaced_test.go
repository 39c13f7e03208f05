package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTextHoldsSpacedMatchesContains holds textHoldsSpaced to
// strings.Contains on lines of spaces, marks, letters and a dash of
// UTF-8, the mark at either end, doubled, or beside one space only.
func TestTextHoldsSpacedMatchesContains(t *testing.T) {
	rng := fastRand(56, 13)
	pieces := []string{" ", "|", "-", "a", "ab", " | ", " -", "- ", "–", "  ", "x-y"}
	lines := fastPieceLines([]string{"", " ", "|", " | ", " |", "| ", "a | b", " - "}, rng, pieces, 200000, 1, 8)
	found := 0
	for _, c := range []byte{'|', '-'} {
		found += checkSameAnswer(t, lines, fmt.Sprintf("textHoldsSpaced(…, %q)", c), func(s string) bool {
			return textHoldsSpaced(s, c)
		}, func(s string) bool {
			return strings.Contains(s, " "+string(c)+" ")
		}, 0)
	}
	if found < 10000 {
		t.Errorf("%d lines hold a spaced mark: too few", found)
	}
}
