package extract

import (
	"slices"
	"testing"
)

// TestTextYearlessGateCoversRE holds textMayBeYearless to textYearlessRE:
// true of every line the expression matches, on the test pages' lines,
// on invented lines (each opening the expression takes, a clock, a
// suffix, a month in upper case) and on 200,000 random lines of the
// expression's pieces; and textYearlessMatch gives the expression's
// submatches on all of them.
func TestTextYearlessGateCoversRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"Apr 12", "APR 12", "12 March", "Published: September 3rd", "posted on Dec. 8", "UPDATED  Jan 9, 10:32 pm",
		"Updated: on 3rd JUNE", "9 Sept. at 7:05 A.M.", "May 31", "March 3, 2024", "Mayor 12", "apr 12", "112 March")
	heads := []string{"", "", "Published", "published: ", "PUBLISHED ", "Updated:", "updated on ", "Posted  On ", "posted",
		"x", "é", " ", "2024 ", "Mayor "}
	dates := []string{"Apr", "APR 12", "April", "Sept", "SEPT.", "September", "May", "June", "JUL", "Dec", "December", ".", ",",
		"1", " 2", " 12", "31 ", "3", "st", "nd", "rd", "th", "Mar 1", "19 Oct", "7th NOVEMBER", "Feb. 29", "May 3rd", "1 Jan.",
		"112 Jan", "Mark 12", "jan 2"}
	tails := []string{"", "", "", ", 10:32", " at 7:05 pm", " AT 7:05", " 9:05 A.M.", ", 2024", "x", ".", " ", "1", "10:3", "pm"}
	rng := fastRand(144, 1)
	for range 200_000 {
		lines = append(lines, fastPieces(rng, heads, 1, 1)+fastPieces(rng, dates, 1, 3)+fastPieces(rng, tails, 1, 2))
	}
	checkPrefilter(t, lines, textYearlessRE, "textMayBeYearless", textMayBeYearless, 2000)
	for _, s := range lines {
		if got, want := textYearlessMatch(s), textYearlessRE.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("textYearlessMatch(%q) = %q, the expression %q", s, got, want)
		}
	}
}

// TestTextSlashDateReadMatchesRE holds textSlashDateRead, the
// expression read by hand back from a year, to the groups of
// textSlashDateRE.FindStringSubmatch on the whole line: on the
// test pages' lines, on invented lines (a date at the start, after a
// digit, after a non-ASCII letter, two dates, a year that is no date's
// before the date) and on 200,000 random lines of the dates' pieces;
// matches must turn up, many of them far past the line's start.
func TestTextSlashDateReadMatchesRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)),
		"09/25/2025", "19/12/2025 x", "x 1/2/2025", "31/12/1999", "é9/25/2025", "123/4/2025", "1-2-2025.", "In 2019 9/25/2025",
		"2/3/2019-4/5/2020", "12.12.20251", "Filed 1/1/1900, 12/12/2012", "09/25/20", "7/7/2007/7/2008", "\xe2\x80/1/2020", "é1/2/2019", "1/2/2019é", "123/4/2025", "1/234/2025", "01//2020", "1/2/20199 3/4/2020")
	heads := []string{"", "x ", "In 2019 ", "Filed on ", "é", "1", "12", "The 3rd edition of the 2019 rules, ", "20", "-", "2020/"}
	dates := []string{"09/25/2025", "9/2/2019", "31.12.1999", "1-2-2020", "12/31/20", "2025", "/", "-", ".", "1", "12", "9", "0", "19", "20"}
	tails := []string{"", "", " x", "1", "0", "/2020", ".", "é", " and 1/1/2001"}
	rng := fastRand(144, 2)
	for range 200_000 {
		lines = append(lines, fastPieces(rng, heads, 1, 2)+fastPieces(rng, dates, 1, 4)+fastPieces(rng, tails, 1, 1))
	}
	matched, inside := 0, 0
	for _, s := range lines {
		want := textSlashDateRE.FindStringSubmatch(s)
		if a, b, c, ok := textSlashDateRead(s); ok != (want != nil) || ok && !slices.Equal([]string{a, b, c}, want[1:]) {
			t.Fatalf("textSlashDateRead(%q) = %q %q %q %v, the expression %q", s, a, b, c, ok, want)
		}
		if want != nil {
			matched++
			if textSlashDateRE.FindStringIndex(s)[0] > 7 {
				inside++
			}
		}
	}
	if matched < 2000 || inside < 1000 {
		t.Fatalf("%d matches, %d past the line's eighth byte: too few to test the start", matched, inside)
	}
	t.Logf("%d of %d lines match, %d past their eighth byte", matched, len(lines), inside)
}
