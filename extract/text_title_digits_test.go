package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestTextTitleDigitsMatchText holds textTitleDigits, which reads a
// candidate's digit and year features from its reader's digit count, to
// the plain tests over its text (a digit rune, textHasYear), on the test
// lines and on random lines of years, digits of other scripts,
// superscripts, letters and marks.
func TestTextTitleDigitsMatchText(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "Best Kettles of 2026", "The 1990s", "Route 2026b", "٢٠٢٤ and 20٢4",
		"²⁰²⁶", "Top 10", "", "1999", "199", "Harbours in 19 99")
	rng := fastRand(39, 26)
	pieces := []string{"19", "20", "2", "0", "9", "7", "٣", "²", "５", " ", "a", "Q", "é", ":", "-", "\xff", "the", "year"}
	lines = fastPieceLines(lines, rng, pieces, 20000, 0, 16)
	years := 0
	for _, s := range lines {
		b := textNewBlock(s)
		digit, year := textTitleDigits(&b)
		wantYear := textBoolF(textHasYear(s))
		if wantDigit := textBoolF(strings.ContainsFunc(s, unicode.IsDigit)); digit != wantDigit || year != wantYear {
			t.Fatalf("textTitleDigits(%q) = %v, %v; the text's %v, %v", s, digit, year, wantDigit, wantYear)
		}
		years += int(year)
	}
	if years == 0 {
		t.Fatal("no line holds a year: the test misses the year feature")
	}
}
