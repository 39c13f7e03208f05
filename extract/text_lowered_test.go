package extract

import (
	"strings"
	"testing"
)

// textAppendToLower gives strings.ToLower's bytes after what the buffer
// held, and textLowerIn answers as set[strings.ToLower(w)], on words
// written for the cases (capitals, the Kelvin sign and 'İ' that lower to
// ASCII, a word longer than the stack's room) and on random strings of
// their pieces.
func TestTextAppendToLowerMatchesToLower(t *testing.T) {
	words := []string{"", "Editor", "EDITOR", "editor", "Co-Founder", "\u212aelvin", "İstanbul", "ÉDITEUR",
		strings.Repeat("Ab", 20), "bad\xffBYTE", "Today's"}
	rng := fastRand(5, 6)
	pieces := []string{"a", "Z", "E", "d", "i", "t", "o", "r", "-", "'", "@", "[", "é", "É", "ß", "\u212a", "İ", "\xff"}
	words = fastPieceLines(words, rng, pieces, 20000, 0, 40)
	set := map[string]bool{"editor": true, "co-founder": true, "kelvin": true, "today's": true}
	for _, w := range words {
		want := strings.ToLower(w)
		if got := string(textAppendToLower([]byte("<"), w)); got != "<"+want {
			t.Fatalf("%q: got %q, want %q", w, got, "<"+want)
		}
		if got := textLowerIn(set, w); got != set[want] {
			t.Fatalf("%q: in the set %v, want %v", w, got, set[want])
		}
		set[want] = rng.IntN(2) == 0 // some words asked again find themselves
	}
}

// foldTitleIs answers as foldTitle(s) == key, for lines and keys folded
// from them, from lines one word on, and past the stack's room.
func TestFoldTitleIsMatchesFold(t *testing.T) {
	long := strings.Repeat("Word ", 60)
	lines := []string{"", "The Headline, Told", "THE HEADLINE TOLD!", "the headline", "“Über” naïve CAFÉ", long, long + "x"}
	for _, s := range lines {
		for _, key := range []string{foldTitle(s), foldTitle(s) + " x", "", foldTitle(long)} {
			if got, want := foldTitleIs(s, key), foldTitle(s) == key; got != want {
				t.Errorf("%q against %q: got %v, want %v", s, key, got, want)
			}
		}
	}
}
