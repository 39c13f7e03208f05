package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A blog template's meta line under each post's title, flattened with
// no space between its parts: the category, the writer, the date, then
// the tags or a comment count ("Tips & TricksJane RoeApril 10, 2017La
// Jolla, Seascape", "GARDEN CAREjane roeJune 17, 2021garden, pests5
// Comments"). The page's own post and the ones listed under it each set
// one; the writer is the same on every line when the blog has one.

// textGluedMetaMonths are the months' names a glued meta line's date
// opens with.
var textGluedMetaMonths = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// textGluedHeadWords is the most words a glued meta line sets before
// its date (the category and the name); the tags after it run long.
const textGluedHeadWords = 8

// textGluedMetaName is the writer every glued meta line on the page
// names (textGluedMetaLineName), or "": at least two such lines, since
// one glued line may be any run of words, and none naming another.
func textGluedMetaName(blocks []textBlock) string {
	found, n := "", 0
	for i := range blocks {
		b := &blocks[i]
		if b.digits < textDayYearDigits || !textHasDayYear(b.text) || !textHasYear(b.text) || !textHasMonth(b.text) {
			continue
		}
		for line := range strings.SplitSeq(b.text, "\n") {
			if !textHasDayYear(line) {
				continue // no date; twelve searches for the months spared
			}
			name := textGluedMetaLineName(line)
			if name == "" {
				continue
			}
			if found != "" && name != found {
				return ""
			}
			found, n = name, n+1
		}
	}
	if n < 2 {
		return ""
	}
	return found
}

// textGluedMetaLineName is the name glued between a category and a
// month's date in line, or "": the date follows the name's last letter
// with no space, and the name starts where the case turns without a
// space (textGluedName).
//
// The date after the month is read by textGluedDateAfter, where an
// expression matched each month found: on the 50 lines of 100 long
// wcxb-dev flat pages that state one, the expression's runs were 0.20 M
// instructions, most of them laying out its state over the long line
// after it (fifty-fifth session; TestTextGluedDateAfterMatchesRE holds
// it to the expression).
func textGluedMetaLineName(line string) string {
	for _, month := range textGluedMetaMonths {
		k := strings.Index(line, month)
		if k < 1 || !textGluedDateAfter(line[k+len(month):]) {
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

// textGluedDateAfter reports whether s, a line's rest after a month's
// name, opens with the day and the year of a date ("April 10, 2017"):
// a space, one or two ASCII digits, ", " and four ASCII digits.
func textGluedDateAfter(s string) bool {
	if len(s) < len(" 1, 2017") || s[0] != ' ' || !isDigitByte(s[1]) {
		return false
	}
	comma := 2 // after a day of one digit
	if isDigitByte(s[2]) {
		comma = 3
	}
	return len(s) >= comma+len(", 2017") && s[comma] == ',' && s[comma+1] == ' ' &&
		isDigitByte(s[comma+2]) && isDigitByte(s[comma+3]) && isDigitByte(s[comma+4]) && isDigitByte(s[comma+5])
}

// textGluedName is the one to three words that end s after the last
// place where its case turns with no space between (a lower-case letter
// then a capital: "TricksJane Roe"; two capitals then a lower-case
// letter: "CAREjane roe"), when they are all capitalised or all lower
// case and hold only letters, or "".
func textGluedName(s string) string {
	rs := []rune(s)
	start := -1
	for i := len(rs) - 1; i >= 1 && start < 0; i-- {
		switch {
		case unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i]):
			start = i
		case i >= 2 && unicode.IsUpper(rs[i-2]) && unicode.IsUpper(rs[i-1]) && unicode.IsLower(rs[i]):
			start = i
		}
	}
	if start < 0 {
		return ""
	}
	name := string(rs[start:])
	words := strings.Fields(name)
	if len(words) > 3 || strings.Join(words, " ") != name {
		return ""
	}
	upper := unicode.IsUpper(rs[start])
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) != upper {
			return ""
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return ""
			}
		}
	}
	return name
}

// textDayYearDigits is the fewest digits of a block textHasDayYear
// takes: the day's last figure and the year's four, each an ASCII digit
// the block reader counts (textBlock.digits). The gate was the year's
// four; a block with a year alone ("in 2019") was searched for every
// ", " it holds, 281 thousand instructions over the 696 blocks of 100
// long wcxb-dev flat pages (fifty-first session).
// TestTextDayYearDigitsCounted holds it to textHasDayYear.
const textDayYearDigits = 5

// textHasDayYear reports whether s holds a figure, ", " and four
// figures ("10, 2017"), which every date textGluedDateRE reads does: one
// search for the comma turns away the dated blocks and lines that hold
// none before the month searches (on the seeds' news pages, full of
// years and months, textGluedMetaName cost 1.4 M of their 47.9 M
// instructions; docs/quality.md, "Text speed, round forty-three").
func textHasDayYear(s string) bool {
	for i := 1; i < len(s); {
		k := strings.Index(s[i:], ", ")
		if k < 0 {
			return false
		}
		at := i + k
		if at+6 <= len(s) && isDigitByte(s[at-1]) && isDigitByte(s[at+2]) && isDigitByte(s[at+3]) &&
			isDigitByte(s[at+4]) && isDigitByte(s[at+5]) {
			return true
		}
		i = at + 1
	}
	return false
}
