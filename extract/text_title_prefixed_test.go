package extract

import (
	"strings"
	"testing"
)

// TestTextTitlePrefixedMatchesPairs holds textTitlePrefixed, which compares
// each candidate's headline only with the heads of its first two bytes
// (and those of one byte), to the plain comparison of every pair, on
// invented lists of headlines made of a few pieces (so that many share
// their first bytes and open one another), empty ones and ones of a byte
// or two among them, and heads that are or are not among the texts. It
// fails with the heads of one byte left out and with the texts of three
// bytes left unread (both tried).
func TestTextTitlePrefixedMatchesPairs(t *testing.T) {
	plain := func(a string, heads []string) float64 {
		for _, b := range heads {
			if len(b) < len(a) && strings.HasPrefix(a, b) {
				return 1
			}
		}
		return 0
	}
	rng := fastRand(46, 1)
	pieces := []string{"Best", " ", "Running", "Shoes", " of 2026", "B", "R", "é", "Ébène", "\xc3", ""}
	set, unset := 0, 0
	for range 20000 {
		texts := make([]string, 1+rng.IntN(12))
		for k := range texts {
			texts[k] = fastPieces(rng, pieces, 0, 5)
		}
		var heads []string
		for _, s := range texts {
			if rng.IntN(3) > 0 {
				heads = append(heads, s)
			}
		}
		if rng.IntN(4) == 0 {
			heads = append(heads, fastPieces(rng, pieces, 1, 3))
		}
		vecs := make([][textTitleFeatures]float64, len(texts))
		textTitlePrefixed(texts, heads, vecs)
		for k, a := range texts {
			want := plain(a, heads)
			if vecs[k][31] != want {
				t.Fatalf("%q among heads %q: prefix feature %v, every pair gives %v", a, heads, vecs[k][31], want)
			}
			set += int(want)
			unset += 1 - int(want)
		}
	}
	if set < 1000 || unset < 1000 {
		t.Errorf("%d texts opened by a head and %d not: the invented lists test too little", set, unset)
	}
}
