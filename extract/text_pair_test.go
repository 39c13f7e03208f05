package extract

import (
	"strings"
	"testing"
)

// TestTextIndexPairMatchesPlain holds textIndexPair, whose sixteen-byte
// blocks are searched in assembly, to the plain loop over every place,
// at every length around the blocks' edges and with the pair at every
// place: a pair straddling two blocks, the first place's byte before,
// the tail past the last block.
func TestTextIndexPairMatchesPlain(t *testing.T) {
	rng := fastRand(223, 57)
	pieces := []string{"t", "p", "tp", "w", ".", "w.", " ", ",", " ,", "a", "\xff", "\x00", "é"}
	var texts []string
	for range 20000 {
		texts = append(texts, fastPieces(rng, pieces, 0, 60))
	}
	for n := range 70 {
		for at := 1; at < n; at++ {
			b := []byte(strings.Repeat("x", n))
			b[at-1], b[at] = 't', 'p'
			texts = append(texts, string(b))
		}
	}
	found := 0
	for _, s := range texts {
		for _, pair := range [][2]byte{{'t', 'p'}, {'w', '.'}, {' ', ','}, {'\xff', '\x00'}} {
			a, b := pair[0], pair[1]
			got, want := textIndexPair(s, a, b), textIndexPairFrom(s, a, b, 1)
			if got != want {
				t.Fatalf("textIndexPair(%q, %q, %q) = %d, the plain loop %d", s, a, b, got, want)
			}
			if blocks := textIndexPairFrom(s[:textPairTail(len(s))], a, b, 1); textIndexPairBlocks(s, a, b) != blocks {
				t.Fatalf("textIndexPairBlocks(%q, %q, %q) = %d, the plain loop over its blocks %d", s, a, b, textIndexPairBlocks(s, a, b), blocks)
			}
			found += textBool(want >= 0)
		}
	}
	if found < 10000 || found > 4*len(texts)-10000 {
		t.Errorf("%d of %d searches found their pair: the texts test little", found, 4*len(texts))
	}
}
