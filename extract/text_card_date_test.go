package extract

import (
	"slices"
	"testing"
)

// TestTextCardDateMatchesRE holds textCardDateMatch to textCardDateRE,
// its plain form, on the test pages' lines, invented lines at the
// expression's edges (the long s and the Kelvin sign in a month's tail, a
// day glued to a word, runs of figures one too long, each alternative
// after a word byte and after a byte past ASCII) and 60,000 random lines
// of its pieces; matches must turn up, half past the line's start.
func TestTextCardDateMatchesRE(t *testing.T) {
	lines := append(slices.Clone(textSpeedLines(t)), "", "3", "Mar 3", "mar3", "xMar 3", "éMar 3", "March 3rd", "Mar. 12",
		"Mar .12", "Mar 123", "MAR\t\t7,", "3 March", "3March", "3 Marchx", "3 mar_", "3 Marſ", "3 MarſX", "3 Mar\u212a9",
		"3 Mar\u212a", "x3 Mar", "123 Mar", "ſep 3", "xſep 3", "xſEP 3", "Sept. 30", "12/19/2025", "12/19/20255", "1/1/25x",
		"12/1/2", "123/1/25", "2025-12-19", "2025-12-190", "202-12-19", "2025-1-19", "2025-12-19_", "2025/12/19", "12/19-2025")
	pieces := []string{"Jan", "JAN", "jan", "uary", "Feb", "MAR", "apr", "May", "JUN", "jul", "Aug", "Sep", "SEP", "ſep", "ſ", "ſEPT",
		"Oct", "nov", "DEC", "\u212a", "7", "12", "123", "2025", "19", "/", "-", " ", "  ", "\t", "\v", ".", ",", "x", "é", "_", "a",
		"th", "\xff"}
	checkMatchFrom(t, lines, pieces, 63, "textCardDateMatch", textCardDateRE, textCardDateMatch, 2000)
}
