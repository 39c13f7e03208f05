package extract

import (
	"strings"
	"time"
)

// textSpanishDayDate reads a date written "04-ago-2021": the day, a
// Spanish month's three-letter abbreviation in lower case and the year,
// joined by hyphens, as a site's Spanish locale prints its posts' dates
// (FlowGuard's EMEA blog, "By: FlowGuard EMEA on 04-ago-2021 5:11:10",
// wcxb-dev 0255). textDayDateRE reads the English abbreviations in that
// form; the four Spanish ones no English month shares (ene, abr, ago,
// dic) went unread, and the page had no date. Of the 1,497 wcxb-dev flat
// pages no other states a day, a month's name in Spanish, French, German,
// Italian or Portuguese and a year together, so the form is the only one
// read: the hyphens stand for the locale's date field, where "ago" cannot
// be the English word ("3 days ago").
func textSpanishDayDate(s string) (time.Time, bool) {
	for i := strings.IndexByte(s, '-'); i >= 0 && i+9 <= len(s); {
		if t, ok := textSpanishDayDateAt(s, i); ok {
			return t, true
		}
		j := strings.IndexByte(s[i+1:], '-')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return time.Time{}, false
}

// textSpanishMonths are the Spanish abbreviations no English month's
// key shares, by their month.
var textSpanishMonths = map[string]time.Month{"ene": time.January, "abr": time.April, "ago": time.August, "dic": time.December}

// textSpanishDayDateAt reads the form with its first hyphen at s[i]:
// one or two digits before it that no digit precedes, the month's three
// letters, a hyphen and a year 19xx or 20xx that no digit follows.
func textSpanishDayDateAt(s string, i int) (time.Time, bool) {
	month, ok := textSpanishMonths[s[i+1:i+4]]
	if !ok || s[i+4] != '-' || !textYearAt(s, i+5) || i+9 < len(s) && isDigitByte(s[i+9]) {
		return time.Time{}, false
	}
	d := i
	for d > 0 && i-d < 2 && isDigitByte(s[d-1]) {
		d--
	}
	if d == i || d > 0 && isDigitByte(s[d-1]) {
		return time.Time{}, false
	}
	day := int(s[d] - '0')
	if i-d == 2 {
		day = day*10 + int(s[d+1]-'0')
	}
	year := int(s[i+5]-'0')*1000 + int(s[i+6]-'0')*100 + int(s[i+7]-'0')*10 + int(s[i+8]-'0')
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return t, day > 0 && t.Day() == day
}
