package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// textTitleFurniturePlain is textTitleFurniture as it was before the
// reader's digit count spared its digit forms, the first letter gated the
// openings and a byte gated the searches for "&lt;" and "://": every test
// on every line.
func textTitleFurniturePlain(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range textTitleFurnitureOpenings {
		if textHasLowerPrefix(s, p) {
			return true
		}
	}
	n := len(s) // textTitleNavFurniture's tests, each in full
	return strings.HasSuffix(s, ",") || textEndsWithZIP(s) || textGluedYear(s) || textnorm.IsTimeStamp(s) || strings.Contains(s, "&lt;") ||
		strings.Contains(s, "://") || n > 5 && strings.EqualFold(s[n-5:], " logo") || textHasLowerPrefix(s, "buy on ") ||
		textHasLowerPrefix(s, "buy at ") || n <= 6 && (strings.EqualFold(s, "home") || strings.EqualFold(s, "search") || strings.EqualFold(s, "menu"))
}

// TestTextTitleFurnitureDigitsMatchPlain holds textTitleFurnitureDigits,
// given a block's text and the bound on its digits as textNeverTitle
// gives them (the block read and unread), and textTitleFurniture to the plain tests, on the speed
// tests' lines, invented lines with just enough digits for each form (a
// ZIP code's five, a year's four, a dateline's one) and 20,000 random
// lines of such pieces, digits of other scripts and marks, the openings
// in both cases and with two capitals, their first four bytes alone,
// pieces of "&lt;" and "://", and the shop buttons and
// logos in three cases (textTitleNavFurniture's gates). Each digit form must turn
// up among the random lines.
func TestTextTitleFurnitureDigitsMatchPlain(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "Harbour Hall, Cambridge, MA 02139", "Ferry Lane, Boston, MA 02139-4307",
		"Best books of 2025Science fiction books", "Saturday, May 7", "Updated 9:56 AM EDT", "The Kettle Review",
		"May ٧", "Tea of ٢٠٢٤Science", "", "7", "Search all Harbourton Health")
	rng := fastRand(41, 34)
	pieces := []string{"MA", " 0213", "9", "-4307", ", ", "2025", "19", "Science", "May", "Saturday", "AM", ":", "5", "EDT",
		"Updated", " at ", "٣", "²", "home", " logo", " ", "a", "Kettle", "\xff", "-", "&lt;", "&", "lt;", "://", ":/", "/",
		"buy on ", "Buy At ", "BUY ON ", "buy", " LOGO", " Logo", "logo"}
	for _, p := range textTitleFurnitureOpenings { // each opening in both cases, and its first letter alone
		pieces = append(pieces, p, strings.ToUpper(p), p[:1], strings.ToUpper(p[:1]), strings.ToUpper(p[:2])+p[2:])
	}
	// openings with their first letters folded from runes beyond ASCII
	// (the long s, the Kelvin sign), and cut short after four bytes
	pieces = append(pieces, "\u017fearch all ", "\u212a", "how ", "Why ", "Sear", "Read")
	lines = fastPieceLines(lines, rng, pieces, 20000, 0, 12)
	var zips, years, stamps int
	for _, s := range lines {
		want := textTitleFurniturePlain(s)
		if got := textTitleFurniture(s); got != want {
			t.Fatalf("textTitleFurniture(%q) = %v; the plain tests say %v", s, got, want)
		}
		// Read as textNeverTitle reads a block, and unread, as the HTML
		// byline's blocks outside its window are (textDigitsAtMost).
		for _, b := range []textBlock{textNewBlock(s), {text: s}} {
			if got := textTitleFurnitureDigits(b.text, textDigitsAtMost(&b)); got != want {
				t.Fatalf("textTitleFurnitureDigits(%q, %d) = %v; the plain tests say %v", s, textDigitsAtMost(&b), got, want)
			}
		}
		for _, f := range [...]struct {
			hit bool
			n   *int
		}{{textEndsWithZIP(s), &zips}, {textGluedYear(s), &years}, {textnorm.IsTimeStamp(s), &stamps}} {
			if f.hit {
				*f.n++
			}
		}
	}
	if zips == 0 || years == 0 || stamps == 0 {
		t.Fatalf("ZIP codes %d, glued years %d, datelines %d: a digit form is missing from the lines", zips, years, stamps)
	}
}
