package extract

import (
	"testing"
)

// TestTextIsReadOnMatchesPlain holds textIsReadOn, which turns a line
// away by its first byte, to textReadsOn asked of every line
// (checkSameAnswer), on the test pages' lowered openings and 50,000 lines
// built of the closes' openings, sources, other words and their pieces,
// and reads a close opening with each of the gate's two bytes.
func TestTextIsReadOnMatchesPlain(t *testing.T) {
	lows := textLowerPrefixes(textSpeedLines(t), textPhraseWindow)
	rng := fastRand(89, 1)
	pieces := []string{"continue reading", "read ", "read the full story", "read the whole article", "read original post",
		" on ", " at ", " from ", " via ", "medium", "the guardian", "how", "what", "c", "r", "reading", "the", " ", "x"}
	lows = fastPieceLines(lows, rng, pieces, 50000, 1, 6)
	checkSameAnswer(t, lows, "textIsReadOn", textIsReadOn, textReadsOn, 100)
	for _, low := range []string{"continue reading on medium", "read the full story at the guardian"} {
		if !textIsReadOn(low) {
			t.Errorf("textIsReadOn(%q) = false, want true", low)
		}
	}
}
