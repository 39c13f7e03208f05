package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTextLowerPlacesMatchAll holds the pair search of a name's word
// (textLowerPlaces) to the rare byte's (rareNeedle.all): the same places
// in the same order, over random texts of few letters, where words
// repeat, overlap ("lll", "abab") and stand at the text's edges, and for
// needles of one to six bytes, their rarest byte anywhere in them.
func TestTextLowerPlacesMatchAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(227, 7))
	const letters = "abkmlo \n.,’"
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			if rng.IntN(9) == 0 {
				b.WriteString("’")
				continue
			}
			b.WriteByte(letters[rng.IntN(len(letters)-3)])
		}
		return b.String()
	}
	for range 40000 {
		text := pick(rng.IntN(90))
		w := pick(1 + rng.IntN(6))
		if len(text) > 0 && rng.IntN(2) == 0 {
			at := rng.IntN(len(text))
			w = text[at:min(len(text), at+1+rng.IntN(6))]
		}
		plain, fast := newRareNeedle(w), newRareNeedle(w)
		want := slices.Collect(plain.all(text))
		got := slices.Collect(textLowerPlaces(w, &fast, text))
		if !slices.Equal(got, want) {
			t.Fatalf("textLowerPlaces(%q, %q) = %v, rareNeedle.all %v", w, text, got, want)
		}
		if g, p := textLowerWordIn(w, &fast, text), textLowerWordInPlain(w, text); g != p {
			t.Fatalf("textLowerWordIn(%q, %q) = %v, plain %v", w, text, g, p)
		}
	}
}

// textLowerWordInPlain is textLowerWordIn over the rare byte's places.
func textLowerWordInPlain(w, t string) bool {
	needle := newRareNeedle(w)
	for k := range needle.all(t) {
		if textLowerWordAt(w, t, k) {
			return true
		}
	}
	return false
}
