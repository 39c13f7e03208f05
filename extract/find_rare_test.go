package extract

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRareNeedleAllMatchesOccurrences holds rareNeedle.all, which
// textLowerOnPage's search of the page for a name's word goes through, to
// occurrences: every offset in order, none overlapping, on strings of
// pieces that repeat and overlap ("aa" in "aaaa", "ana" in "banana"),
// searched for their own pieces and for the empty string.
func TestRareNeedleAllMatchesOccurrences(t *testing.T) {
	rng := rand.New(rand.NewPCG(56, 1))
	pieces := []string{"a", "aa", "n", "ban", "ana", "z", " ", "e", "é", "th", "smith"}
	texts := appendPieceLines(nil, rng, pieces, 20000, 12)
	found := 0
	for k := 0; k+20 < len(texts); k += 4 {
		s := texts[k]
		a := rng.IntN(len(s) + 1)
		b := a + rng.IntN(min(len(s)-a, 6)+1)
		n := newRareNeedle(s[a:b])
		for _, h := range texts[k : k+20] {
			want := slices.Collect(occurrences(h, s[a:b]))
			if got := slices.Collect(n.all(h)); !slices.Equal(got, want) {
				t.Fatalf("rareNeedle(%q).all(%q) = %v, occurrences %v", s[a:b], h, got, want)
			}
			found += len(want)
		}
	}
	if found < 10000 {
		t.Errorf("%d occurrences found: too few", found)
	}
}
