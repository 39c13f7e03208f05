package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextHasBylineMarkMatchesPlain holds textHasBylineMark, whose last
// word overlaps the one before it, to the bytes read one by one and to
// the search for the three marks themselves: the test pages' lines,
// random strings and random strings built of the marks, their bytes
// alone and in other characters ("«", "‹", "л" end in 0xbb or 0xba too),
// and every length of line from 0 to 40 bytes with one mark at each
// place (the overlap's bytes among them).
func TestTextHasBylineMarkMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		if got := textHasBylineMarkPlain(s); got != textnorm.ContainsAny(s, ">»›") {
			t.Fatalf("textHasBylineMarkPlain(%q) = %v, the marks' search gives %v", s, got, !got)
		}
		return textHasBylineMarkPlain(s)
	}
	lines := textSpeedLines(t)
	pieces := []string{">", "»", "›", "«", "‹", "л", "к", "\xc2", "\xbb", "\xe2", "\x80", "\xba", "\xe2\x80", "’", "—",
		"é", " ", "x", "By ", "<"}
	lines = fastPieceLines(lines, fastRand(235, 236), pieces, 200000, 1, 6)
	for n := range 41 {
		for _, mark := range []string{">", "»", "›", "«", "\xbb", "\xba"} {
			for at := 0; at+len(mark) <= n; at++ {
				lines = append(lines, strings.Repeat("a", at)+mark+strings.Repeat("b", n-at-len(mark)))
			}
		}
	}
	checkSameAnswer(t, lines, "textHasBylineMark", textHasBylineMark, plain, 1000)
}
