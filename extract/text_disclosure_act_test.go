package extract

import (
	"regexp"
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
	checkMatchFrom(t, lines, pieces, 47, "textDisclosureActMatch", textDisclosureAct, textDisclosureActMatch, 2000)
}

// checkMatchFrom holds fast, an expression read from where its matches
// may start, to re on lines and on 60,000 random lines of pieces (drawn
// with seed), and wants least lines re matches, half of them past their
// second byte (a fast path that reads from the wrong place shows there).
func checkMatchFrom(t *testing.T, lines, pieces []string, seed uint64, name string, re *regexp.Regexp, fast func(string) bool, least int) {
	t.Helper()
	lines = fastPieceLines(lines, fastRand(36, seed), pieces, 60_000, 0, 12)
	matched, inside := 0, 0
	for _, s := range lines {
		want := re.MatchString(s)
		if got := fast(s); got != want {
			t.Fatalf("%s(%q) = %v, the expression %v", name, s, got, want)
		}
		if want {
			matched++
			if re.FindStringIndex(s)[0] > 1 {
				inside++
			}
		}
	}
	if matched < least || inside < least/2 {
		t.Fatalf("%d matches, %d past the start: too few to test the start", matched, inside)
	}
	t.Logf("%d of %d lines match, %d past their start", matched, len(lines), inside)
}

// TestTextEndsWithFoldedLabel checks the label test the caption switch
// and the copyright notice share: a label closing the line in either
// case, alone or after a space or a line break, is read; one glued to a
// word, one that does not close the line and a line shorter than the
// label are not.
func TestTextEndsWithFoldedLabel(t *testing.T) {
	endsWithHide := func(s string) bool { return textEndsWithFoldedLabel(s, "hide caption") }
	checkLineCases(t, "textEndsWithFoldedLabel(_, \"hide caption\")", endsWithHide, []lineWant{
		{"hide caption", true},
		{"The old ferry slip at low tide. Tomas Bell HIDE Caption", true},
		{"Divers at the quay\nHide caption", true},
		{"The quay's new signs show captionhide caption", false},
		{"Hide caption settings", false},
		{"caption", false},
		{"", false},
	})
}
