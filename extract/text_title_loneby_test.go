package extract

import (
	"strings"
	"testing"
)

// TestTextIsLoneByMatchesEqualFold holds textIsLoneBy, which asks the
// length first, to strings.EqualFold(s, "by") on lines made of the two
// letters in both cases, the runes that fold to other letters (the long
// s, the Kelvin sign), look-alikes that fold to neither (small capitals,
// full-width letters, ÿ) and spaces.
func TestTextIsLoneByMatchesEqualFold(t *testing.T) {
	pieces := []string{"b", "B", "y", "Y", "by", "BY", " ", "ʙ", "ʏ", "ｂ", "ｙ", "ÿ", "Ÿ", "ſ", "\u212a", "é", "x"}
	r := fastRand(74, 3)
	loneBy := 0
	for _, s := range fastPieceLines(nil, r, pieces, 100_000, 0, 4) {
		want := strings.EqualFold(s, "by")
		if got := textIsLoneBy(s); got != want {
			t.Fatalf("textIsLoneBy(%q) = %v, strings.EqualFold gives %v", s, got, want)
		}
		loneBy += textBool(want)
	}
	if loneBy < 100 {
		t.Errorf("only %d lines read as by: too few to hold the test", loneBy)
	}
}
