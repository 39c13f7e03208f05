package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextDisclosureActFromMatchesRE holds textDisclosureActMatch (the
// expression read from textDisclosureActFrom) to textDisclosureAct on
// the whole line, on invented lines (each word at a line's start, after
// a word byte, after a non-ASCII letter, in capitals, with the Kelvin
// sign and the long s the expression folds, glued to a following word)
// and 60,000 random lines of the words' pieces; matches must turn up,
// many of them past the line's start.
func TestTextDisclosureActFromMatchesRE(t *testing.T) {
	lines := []string{
		"", "link", "Links here", "online links", "onlinelink", "éLINK", "_link", "9buy", "BUYING now", "purchases.",
		"Purchase", "CLICK", "clickbait", "lin\u212A", "lin\u212Aa", "purchaſes", "purcha", "buy_", "a linkage", "to buy",
	}
	pieces := []string{"lin", "link", "LINK", "links", "buy", "Buy", "buying", "purcha", "purchase", "PURCHASES", "clic",
		"click", "ing", "s", "ſ", "\u212A", "k", "on", "e", " ", "_", "9", ".", "é", "-", "\u00a0", "we ", "commission"}
	rng := rand.New(rand.NewPCG(36, 47))
	lines = textRandomLines(lines, rng, pieces, 60_000, 12)
	matched, inside := 0, 0
	for _, s := range lines {
		want := textDisclosureAct.MatchString(s)
		if got := textDisclosureActMatch(s); got != want {
			t.Fatalf("textDisclosureActMatch(%q) = %v (from %d), the expression %v", s, got, textDisclosureActFrom(s), want)
		}
		if want {
			matched++
			if textDisclosureActFrom(s) > 0 {
				inside++
			}
		}
	}
	if matched < 2000 || inside < 1000 {
		t.Fatalf("%d matches, %d past the start: too few to test the start", matched, inside)
	}
	t.Logf("%d of %d lines match, %d past their start", matched, len(lines), inside)
}
