package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// textMonthDateRE's match read by hand. On wcxb-dev flat pages nearly
// every line with a month's name in title or upper case that reaches
// textParseMonthDate is a date the expression matches ("March 5, 2024"),
// and the expression's backtracker spent some 8 thousand instructions
// on each (docs/quality/text-extraction.md, "Text speed, dates read by
// hand"). Every part of the expression after its month can take its
// text in one way only, so the reading below goes left to right without
// going back: a shorter month spelling, day or white-space run than the
// longest leaves a letter, digit or space where the next part needs
// something else (TestTextMonthDateIndexMatchesRE holds it to the
// expression).

// textMonthRests lists, by month, what follows its three-letter key in
// its longer spellings in textMonthNames, longest first ("Sep" then
// "tember" or "t"), in lower case ([0]) and upper case ([1]).
var textMonthRests = func() (r [13][2][]string) {
	for m, rests := range [13][]string{time.January: {"uary"}, time.February: {"ruary"}, time.March: {"ch"}, time.April: {"il"},
		time.June: {"e"}, time.July: {"y"}, time.August: {"ust"}, time.September: {"tember", "t"}, time.October: {"ober"},
		time.November: {"ember"}, time.December: {"ember"}} {
		for _, rest := range rests {
			r[m][0] = append(r[m][0], rest)
			r[m][1] = append(r[m][1], strings.ToUpper(rest))
		}
	}
	return r
}()

// textMonthDateIndex is textMonthDateRE.FindStringSubmatchIndex(s) for s
// whose first month's name in title or upper case opens at first
// (textCasedMonthAt). A match's month opens at s's start or after a rune
// that is no capital A to Z, and the match starts at that rune; each
// cased month from first on is read in turn (textMonthDateFrom) until
// one is a date. A month after a byte of a longer sequence leaves the
// expression to read s from its start (its [^A-Z] takes a rune, and
// where that rune starts is the expression's to say).
func textMonthDateIndex(s string, first int) []int {
	for m := first; ; {
		if m > 0 && s[m-1] >= utf8.RuneSelf {
			return textSubmatchFrom(textMonthDateRE, s, m)
		}
		if m == 0 || s[m-1] < 'A' || s[m-1] > 'Z' {
			if loc := textMonthDateFrom(s, m); loc != nil {
				return loc
			}
		}
		next := textCasedMonthAt(s[m+1:])
		if next < 0 {
			return nil
		}
		m += 1 + next
	}
}

// textMonthDateFrom reads textMonthDateRE's match whose month opens at
// m, a cased month's key (textCasedMonthAt) after s's start or an ASCII
// byte other than a capital, and gives its indices, or nil:
// `(MONTH)\.?\s+(\d\d?)(?:st|nd|rd|th)?[.,]?\s+((?:19|20)\d\d)`.
func textMonthDateFrom(s string, m int) []int {
	end := m + 3
	upper := textBool(s[m+1] <= 'Z')
	for _, more := range textMonthRests[textMonthNumber(s[m:end])][upper] {
		if strings.HasPrefix(s[end:], more) {
			end += len(more)
			break
		}
	}
	j := end
	if j < len(s) && s[j] == '.' {
		j++
	}
	day := textSkipRESpace(s, j)
	if day == j || day == len(s) || !isDigitByte(s[day]) {
		return nil
	}
	dayEnd := day + 1
	if dayEnd < len(s) && isDigitByte(s[dayEnd]) {
		dayEnd++
	}
	k := dayEnd
	if k+2 <= len(s) {
		switch s[k : k+2] {
		case "st", "nd", "rd", "th":
			k += 2
		}
	}
	if k < len(s) && (s[k] == '.' || s[k] == ',') {
		k++
	}
	year := textSkipRESpace(s, k)
	if year == k || year+4 > len(s) || !(s[year:year+2] == "19" || s[year:year+2] == "20") ||
		!isDigitByte(s[year+2]) || !isDigitByte(s[year+3]) {
		return nil
	}
	return []int{max(m-1, 0), year + 4, m, end, day, dayEnd, year, year + 4}
}

// textMonthDateAt parses the textMonthDateRE match at loc in s: the
// month by its key, the day and the year by their digits, and a day the
// month has not (February 30) is no date, as time.Parse("Jan 2 2006")
// has it (TestTextMonthDateReadMatchesRE).
func textMonthDateAt(s string, loc []int) (time.Time, bool) {
	month := textMonthNumber(s[loc[2] : loc[2]+3])
	day, _ := strconv.Atoi(s[loc[4]:loc[5]])
	year, _ := strconv.Atoi(s[loc[6]:loc[7]])
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return t, month != 0 && t.Day() == day
}

// textMonthNumber is the month whose three-letter key name opens with,
// in any case, or 0.
func textMonthNumber(name string) time.Month {
	if len(name) < 3 {
		return 0
	}
	switch uint32(name[0]|0x20)<<16 | uint32(name[1]|0x20)<<8 | uint32(name[2]|0x20) {
	case 'j'<<16 | 'a'<<8 | 'n':
		return time.January
	case 'f'<<16 | 'e'<<8 | 'b':
		return time.February
	case 'm'<<16 | 'a'<<8 | 'r':
		return time.March
	case 'a'<<16 | 'p'<<8 | 'r':
		return time.April
	case 'm'<<16 | 'a'<<8 | 'y':
		return time.May
	case 'j'<<16 | 'u'<<8 | 'n':
		return time.June
	case 'j'<<16 | 'u'<<8 | 'l':
		return time.July
	case 'a'<<16 | 'u'<<8 | 'g':
		return time.August
	case 's'<<16 | 'e'<<8 | 'p':
		return time.September
	case 'o'<<16 | 'c'<<8 | 't':
		return time.October
	case 'n'<<16 | 'o'<<8 | 'v':
		return time.November
	case 'd'<<16 | 'e'<<8 | 'c':
		return time.December
	}
	return 0
}

// textDayMonthFirst is where textDayDateRE ("25th of June, 2019",
// "25.Jun.2019") is read from: the first digit of the digits before the
// first month's key (in any case) that the expression's gap, "of" and
// suffix can follow, or -1 when no month has them before it and a year
// after it. Walking back from a month over [\s.-], then "of" after white
// space and [\s.-] again, then a suffix, stops where the expression's
// day ends, as no letter of a month's key is among them; so a match's
// day never opens before the digits found, and textSubmatchFrom reads
// the line from there. On wcxb-dev flat pages the expression, read from
// the line's first digit, took some 40 thousand instructions a line
// (TestTextDayAndYearMonthFromMatchRE).
func textDayMonthFirst(s string) int {
	for k := 1; k+3 <= len(s); k++ {
		if !textIsDayMonthGap(s[k-1]) || textMonthNumber(s[k:k+3]) == 0 {
			continue
		}
		p := textGapStart(s, k-1)
		if p >= 3 && s[p-2:p] == "of" && isASCIISpace(s[p-3]) {
			p = textGapStart(s, p-3)
		}
		if p >= 2 {
			switch s[p-2 : p] {
			case "st", "nd", "rd", "th":
				p -= 2
			}
		}
		if p == 0 || !isDigitByte(s[p-1]) {
			continue
		}
		if textYearFrom(s, k+3) < 0 {
			return -1 // nor after any later month
		}
		for p > 0 && isDigitByte(s[p-1]) {
			p--
		}
		return p
	}
	return -1
}

// textIsDayMonthGap reports a byte of textDayDateRE's gaps, [\s.-].
func textIsDayMonthGap(c byte) bool { return isASCIISpace(c) || c == '.' || c == '-' }

// textGapStart returns where the run of gap bytes (textIsDayMonthGap)
// that holds s[i] starts.
func textGapStart(s string, i int) int {
	for i > 0 && textIsDayMonthGap(s[i-1]) {
		i--
	}
	return i
}

// textYearMonthFirst is where textYearMonthRE ("2023 Jan 7") is read
// from: the first year followed by white space and a month's key in
// title or upper case, as every match's year is, or -1. The expression,
// read from the line's first year, took some 45 thousand instructions a
// line on wcxb-dev flat pages, lines that mostly hold no such year
// (TestTextDayAndYearMonthFromMatchRE).
func textYearMonthFirst(s string) int {
	for y := textYearFrom(s, 0); y >= 0; y = textYearFrom(s, y+1) {
		k := textSkipRESpace(s, y+4)
		if k > y+4 && k+3 <= len(s) && textCasedMonthAt(s[k:k+3]) == 0 {
			return y
		}
	}
	return -1
}
