package extract

import (
	"unicode"
	"unicode/utf8"
)

// A blog template's meta line flattened with no space between the date
// and the writer's name ("September 1, 2016Autumn Adams", "Dec 17,
// 2025Julian K. Arni"), right under the headline or right over it: the
// name runs on from the year, so no name test reads the line, and the
// date readers take only its date.

// textNameAfterGluedDate is the name (textGluedDateName) on the line
// right under the headline at, or else on the line right over it
// (textDateNameBeside); or "".
func textNameAfterGluedDate(blocks []textBlock, at int) string {
	return textDateNameBeside(blocks, at, textGluedDateName)
}

// textGluedDateName is the plain name (textPlainName, no odd word) that
// follows t's last four-digit year at once, with no space, when t up to
// it states a date (textParseDate); or "".
func textGluedDateName(t string) string {
	k := textGluedYearEnd(t)
	if k < 0 {
		return ""
	}
	date, name := t[:k], t[k:]
	if !textPlainName(name) || textOddNameWords(name) {
		return ""
	}
	if !textDateIn(date) {
		return ""
	}
	return name
}

// textGluedYearEnd is the index in t past the last run of exactly four
// ASCII digits that a capital letter follows at once ("2016Autumn"), or
// -1.
func textGluedYearEnd(t string) int {
	for k := len(t) - 1; k >= 4; k-- {
		if r, _ := utf8.DecodeRuneInString(t[k:]); !unicode.IsUpper(r) {
			continue
		}
		if textDigitRun(t[:k]) == 4 {
			return k
		}
	}
	return -1
}

// textDigitRun is how many ASCII digits end s.
func textDigitRun(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[len(s)-1-n]) {
		n++
	}
	return n
}
