package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestTextHasLowerMatchesContainsFunc holds textHasLower to
// strings.ContainsFunc(s, unicode.IsLower) on the test pages' lines and
// on strings of ASCII's edges around a-z ("`", "{", "@", "["), capitals,
// lower and upper letters beyond ASCII (and a title-case one), broken
// UTF-8, digits and a headline in capitals, both ways.
func TestTextHasLowerMatchesContainsFunc(t *testing.T) {
	plain := func(s string) bool { return strings.ContainsFunc(s, unicode.IsLower) }
	pieces := []string{"A", "Z", "a", "z", "`", "{", "@", "[", " ", "1", "é", "É", "ß", "Ω", "ω", "ǅ", "\xc3", "\xa9", "\xff", "—", "HARBOUR WORKS AT KEEL STREET QUAY "}
	lines := fastPieceLines(textSpeedLines(t), fastRand(165, 1), pieces, 100000, 0, 8)
	checkSameAnswer(t, lines, "textHasLower", textHasLower, plain, 1000)
	not := func(f func(string) bool) func(string) bool { return func(s string) bool { return !f(s) } }
	checkSameAnswer(t, lines, "!textHasLower", not(textHasLower), not(plain), 1000)
}
