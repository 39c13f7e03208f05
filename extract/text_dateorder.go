package extract

import (
	"strconv"
	"time"
)

// textSlashOrder returns t, the date block at states, read the other
// way round when the block writes it as numbers that can be read either
// way ("02-12-2025", "03/10/2023") and the page shows which order it
// writes: textParseDate reads such a date month first (US), but many
// sites write the day first. The page says so by, in this order,
//   - stating one of the two days with a month name (a recent-posts list
//     repeating the post's "December 02, 2025"),
//   - numeric dates that can be read only one way ("25/09/2025" is day
//     first),
//   - the order of its month-name dates: a page writing "16 February
//     2026" writes its numbers day first too; one writing "February 16,
//     2026" month first.
//
// Where the page says nothing or the orders tie, t stays. It asks only
// of a date so written, so the page is read again on few pages.
func textSlashOrder(blocks []textBlock, at int, t time.Time) time.Time {
	if at < 0 || t.IsZero() || t.Day() > 12 || t.Day() == int(t.Month()) || !textSlashAmbiguous(blocks[at].text) {
		return t
	}
	// The clock and zone stay: only the day and month trade places.
	swapped := time.Date(t.Year(), time.Month(t.Day()), int(t.Month()), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	var statedT, statedSwapped bool
	var dayFirst, monthFirst, wordsDayFirst, wordsMonthFirst int
	for i := range blocks {
		s := blocks[i].text
		year, _, slash := textYearForms(s)
		if !year {
			continue
		}
		if u, ok := textParseMonthDate(s); ok {
			statedT = statedT || u.Equal(t)
			statedSwapped = statedSwapped || u.Equal(swapped)
			if textMonthDateRE.MatchString(s) {
				wordsMonthFirst++
			} else if textDayDateRE.MatchString(s) {
				wordsDayFirst++
			}
		}
		if slash && i != at {
			if m := textSlashDateRE.FindStringSubmatch(s); m != nil {
				a, _ := strconv.Atoi(m[1])
				b, _ := strconv.Atoi(m[2])
				switch {
				case a > 12 && b <= 12:
					dayFirst++
				case b > 12 && a <= 12:
					monthFirst++
				}
			}
		}
	}
	switch {
	case statedT:
		return t
	case statedSwapped:
		return swapped
	case dayFirst != monthFirst:
		return textPick(dayFirst > monthFirst, swapped, t)
	case wordsDayFirst != wordsMonthFirst:
		return textPick(wordsDayFirst > wordsMonthFirst, swapped, t)
	}
	return t
}

// textPick is a when cond, else b.
func textPick(cond bool, a, b time.Time) time.Time {
	if cond {
		return a
	}
	return b
}

// textSlashAmbiguous reports whether textParseDate reads the date s
// states from numbers that can be read either way: not from a month
// name or an ISO date, and neither number over 12.
func textSlashAmbiguous(s string) bool {
	_, iso, slash := textYearForms(s)
	if !slash {
		return false
	}
	if iso && textISODateRE.MatchString(s) {
		return false
	}
	if _, ok := textParseMonthDate(s); ok {
		return false
	}
	m := textSlashDateRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a <= 12 && b <= 12 && a != b
}
