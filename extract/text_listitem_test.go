package extract

import (
	"strings"
	"testing"
)

// textIsListItemPlain is textIsListItem without its first-byte switch:
// the three bullets' prefixes, then the number.
func textIsListItemPlain(s string) bool {
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "• "), strings.HasPrefix(s, "* "):
		return true
	}
	_, mark := textLeadNumber(s, 3)
	return mark > 0
}

// TestTextIsListItemMatchesPlain holds textIsListItem's first-byte
// switch to the prefixes compared in turn, on the test pages' lines and
// on lines built of the bullets, their bytes apart, digits, marks and
// spaces; the list items among them must be many. It fails with a
// bullet's case left out of the switch.
func TestTextIsListItemMatchesPlain(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"-", "*", "•", "\xe2", "\xe2\x80", " ", "1", "9", "0", "1234", ".", ")", "a", "Word", "é", ""}
	lines = fastPieceLines(lines, fastRand(80, 23), pieces, 200000, 1, 4)
	checkSameAnswer(t, lines, "textIsListItem", textIsListItem, textIsListItemPlain, 5000)
}
