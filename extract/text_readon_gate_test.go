package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextIsReadOnMatchesPlain holds textIsReadOn, which turns a line
// away by its first byte, to textReadsOn asked of every line, on the
// test pages' lowered openings and 50,000 lines built of the closes'
// openings, sources, other words and their pieces; it counts that closes
// opening with each of the two bytes are met.
func TestTextIsReadOnMatchesPlain(t *testing.T) {
	lows := textLowerPrefixes(textSpeedLines(t), textPhraseWindow)
	rng := rand.New(rand.NewPCG(89, 1))
	pieces := []string{"continue reading", "read ", "read the full story", "read the whole article", "read original post",
		" on ", " at ", " from ", " via ", "medium", "the guardian", "how", "what", "c", "r", "reading", "the", " ", "x"}
	lows = appendPieceLines(lows, rng, pieces, 50000, 6)
	met := map[byte]int{}
	for _, low := range lows {
		got, want := textIsReadOn(low), textReadsOn(low)
		if got != want {
			t.Fatalf("textIsReadOn(%q) = %v, want %v", low, got, want)
		}
		if got {
			met[low[0]]++
		}
	}
	for _, c := range []byte{'c', 'r'} {
		if met[c] == 0 {
			t.Errorf("no close opening with %q: the test reads too little", c)
		}
	}
}
