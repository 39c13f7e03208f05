package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextLowerIndexMatchesIn holds the pair search of a name's word
// (textLowerIndex) to the rare byte's (rareNeedle.in), and
// textLowerWordIn to the word test at each of the rare byte's places,
// over random texts of few letters, where words repeat, overlap ("lll",
// "abab") and stand at the text's edges, for needles of one to six
// bytes with their rarest byte anywhere in them.
func TestTextLowerIndexMatchesIn(t *testing.T) {
	rng := rand.New(rand.NewPCG(227, 7))
	const letters = "abkmlo \n.,"
	pick := func(n int) string {
		var b strings.Builder
		for range n {
			if rng.IntN(9) == 0 {
				b.WriteString("’")
				continue
			}
			b.WriteByte(letters[rng.IntN(len(letters))])
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
		for at := 0; at <= len(text); at += 1 + rng.IntN(8) {
			if got, want := textLowerIndex(w, &fast, text[at:]), plain.in(text[at:]); got != want {
				t.Fatalf("textLowerIndex(%q, %q) = %d, rareNeedle.in %d", w, text[at:], got, want)
			}
		}
		if got, want := textLowerWordIn(w, &fast, text), textLowerWordInPlain(w, text); got != want {
			t.Fatalf("textLowerWordIn(%q, %q) = %v, plain %v", w, text, got, want)
		}
	}
}

// textLowerWordInPlain is textLowerWordIn at each of the rare byte's
// places (rareNeedle.all).
func textLowerWordInPlain(w, t string) bool {
	needle := newRareNeedle(w)
	for k := range needle.all(t) {
		if textLowerWordAt(w, t, k) {
			return true
		}
	}
	return false
}
