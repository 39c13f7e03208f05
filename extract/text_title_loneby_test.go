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
	checkSameAnswer(t, fastPieceLines(nil, r, pieces, 100_000, 0, 4), "textIsLoneBy", textIsLoneBy, func(s string) bool {
		return strings.EqualFold(s, "by")
	}, 100)
}
