package extract

import (
	"strings"
	"testing"
)

// TestTextStemsMatchStemWords checks textStems and textSharedStems
// against the maps they stand for (textStemWords, sharedWords): the
// count of stems and the count shared, for random lines over a
// vocabulary of plurals, singulars, stopwords, digits and cases.
func TestTextStemsMatchStemWords(t *testing.T) {
	vocab := strings.Fields("The the best Best toothbrushes toothbrush Toothbrush boxes box of and a kettles Kettle classes class status state 2026 10 companies company é café Cafés")
	r := fastRand(5, 3)
	line := func() string {
		w := make([]string, r.IntN(9))
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		return strings.Join(w, " ")
	}
	for range 2000 {
		a, b := line(), line()
		sa, sb := textStems(a), textStems(b)
		ma, mb := textStemWords(a), textStemWords(b)
		if len(sa) != len(ma) || len(sb) != len(mb) || textSharedStems(sa, sb) != sharedWords(ma, mb) || textSharedStems(sb, sa) != sharedWords(mb, ma) {
			t.Fatalf("%q, %q: stems %v, %v shared %d; maps %v, %v shared %d", a, b, sa, sb, textSharedStems(sa, sb), ma, mb, sharedWords(ma, mb))
		}
	}
}
