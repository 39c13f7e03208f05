package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// textGluedDateRE is a month's date opening a string ("April 10, 2017"),
// the expression textGluedDateAfter reads without.
var textGluedDateRE = regexp.MustCompile(`^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`)

// textGluedMetaLineNamePlain is textGluedMetaLineName with the
// expression.
func textGluedMetaLineNamePlain(line string) string {
	for _, month := range textGluedMetaMonths {
		k := strings.Index(line, month)
		if k < 1 || !textGluedDateRE.MatchString(line[k:]) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(line[:k])
		if !unicode.IsLetter(r) || textWordsOver(line[:k], textGluedHeadWords) {
			return ""
		}
		return textGluedName(line[:k])
	}
	return ""
}

// TestTextGluedDateAfterMatchesRE holds textGluedDateAfter to the
// expression, after every month, on days of none to three figures, other
// scripts' digits, a missing comma or space and short years, and the
// line's name to the reading with the expression, on glued and spaced
// meta lines and, with STORYFOLD_DATA, every line of the wcxb-dev flat
// pages that holds a day's comma and year.
func TestTextGluedDateAfterMatchesRE(t *testing.T) {
	tails := []string{" 10, 2017Boats", " 1, 20175 Tips", " 10 2017", " 10,2017", ", 2017", " 123, 2017", " 1, 201",
		"  1, 2017", " 01, 2017, May 3, 2018", " ١, 2017", " 1, ٢٠١٧", " 1,  2017", " 1, 2017", "", " ", " 1", " 12,", " 12, 20"}
	var lines []string
	heads := []string{"Quays & PiersMaren Solberg", "BOATSmaren solberg", "x", "", "On The Water Ed Poe ", "In March the pier shutMaren Solberg"}
	for _, m := range textGluedMetaMonths {
		for _, tail := range tails {
			if got, want := textGluedDateAfter(tail), textGluedDateRE.MatchString(m+tail); got != want {
				t.Errorf("%q after %s: %v, want %v", tail, m, got, want)
			}
			for _, h := range heads {
				lines = append(lines, h+m+tail, h+m+tail+"Tags"+m+" 2, 2019")
			}
		}
	}
	for _, p := range textSpeedPages(t) {
		for line := range strings.SplitSeq(string(p.Content), "\n") {
			if textHasDayYear(line) {
				lines = append(lines, line)
			}
		}
	}
	named := 0
	for _, line := range lines {
		got, want := textGluedMetaLineName(line), textGluedMetaLineNamePlain(line)
		if got != want {
			t.Errorf("%q: %q, want %q", line, got, want)
		}
		if want != "" {
			named++
		}
	}
	if named == 0 {
		t.Error("no line names a writer: the test holds nothing")
	}
}
