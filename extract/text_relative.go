package extract

import (
	"regexp"
	"strconv"
	"time"

	"github.com/storyfold/storyfold/textnorm"
)

// Some pages date themselves only against the day they are read: an
// aggregator's "Independent6 hours ago", a live page's "Yesterday", a
// blog's "Apr 12" over its byline (wcxb-dev has 13 articles whose only
// date is a month and a day, and 6 with only "… ago"). Without the day
// the page was fetched these are no date at all; a crawl gives that day
// (a WARC record's WARC-Date, JSONL "fetched"), and with it they are.

// textRelativeMaxWords is the longest line read for a relative date: a
// dateline, not a sentence mentioning "two days ago".
const textRelativeMaxWords = textAgoMaxWords

var (
	// textAgoUnitsRE reads "6 hours ago", "an hour ago", "2 days ago" at a
	// line's end; the number may be glued to a source's name
	// ("Independent6 hours ago"). Months and years ago name no day.
	textAgoUnitsRE = regexp.MustCompile(`(\d{1,3}|\ban?|\bone)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$`)
	// textDayWordRE reads "Yesterday", "Today, 10:32", "Updated yesterday".
	textDayWordRE = regexp.MustCompile(`^(?:(?:published|updated|posted)\s*:?\s*)?(today|yesterday)(?:$|,|\s+(?:at\s+)?\d)`)
	// textYearlessRE reads a month and day alone on a line: "Apr 12",
	// "Published: September 3rd", "12 March", with a time after it or
	// not. The month is spelled as the dated expressions spell it
	// (textMonthNames), so "Mayor 12" is none.
	textYearlessRE = regexp.MustCompile(`^(?:(?i:published|updated|posted)\s*:?\s*(?i:on\s+)?)?(?:(` + textMonthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(` + textMonthNames + `)\.?)(?:,?\s+(?i:at\s+)?\d{1,2}:\d\d(?:\s*(?i:[ap]\.?m\.?))?)?$`)
)

// textFindRelativeDate returns the date a line near the headline (at
// from; the body starts at first) states against fetched, the nearest
// first, in the window textFindDate reads bylines in; zero when fetched
// is zero or no line states one. "6 hours ago" is fetched less six hours,
// to the hour; a day ("2 days ago", "Yesterday", "Apr 12") is that day at
// midnight UTC, as the dates the text states are read. A month and day
// are of the latest year that puts them no later than the day after the
// fetch (the page's zone may be ahead of the crawler's).
func textFindRelativeDate(blocks []textBlock, from, first int, fetched time.Time) time.Time {
	if fetched.IsZero() {
		return time.Time{}
	}
	fetched = fetched.UTC()
	return textNearShortDate(blocks, from, first, func(line string) (time.Time, bool) {
		return textRelativeDate(line, fetched)
	})
}

// textNearShortDate returns the first date read finds on a short line
// near the headline at from, the nearest lines first; zero if none.
func textNearShortDate(blocks []textBlock, from, first int, read func(line string) (time.Time, bool)) time.Time {
	lo, hi := max(0, from-textDateAbove), min(len(blocks), max(from, first)+textDateBelow)
	for i := range textNearest(from, lo, hi) {
		if blocks[i].words > textRelativeMaxWords {
			continue
		}
		if t, ok := read(blocks[i].text); ok {
			return t
		}
	}
	return time.Time{}
}

// textRelativeDate reads line as a date relative to fetched (UTC).
func textRelativeDate(line string, fetched time.Time) (time.Time, bool) {
	low := textLowerPrefix(line, len(line))
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	if m := textAgoUnitsRE.FindStringSubmatch(low); m != nil {
		n := 1
		if v, err := strconv.Atoi(m[1]); err == nil {
			n = v
		}
		switch unit := m[2]; unit[0] {
		case 's':
			return fetched.Add(-time.Duration(n) * time.Second).Truncate(time.Minute), true
		case 'm':
			return fetched.Add(-time.Duration(n) * time.Minute).Truncate(time.Minute), true
		case 'h':
			return fetched.Add(-time.Duration(n) * time.Hour).Truncate(time.Hour), true
		case 'd':
			return day(fetched.AddDate(0, 0, -n)), true
		case 'w':
			return day(fetched.AddDate(0, 0, -7*n)), true
		}
	}
	if m := textDayWordRE.FindStringSubmatch(low); m != nil {
		if m[1] == "yesterday" {
			return day(fetched.AddDate(0, 0, -1)), true
		}
		return day(fetched), true
	}
	return textYearlessDate(line, fetched.AddDate(0, 0, 1))
}

// textYearlessDate reads line as a month and day alone ("Apr 12",
// "Published: December 8") of the latest year that puts it no later
// than latest.
func textYearlessDate(line string, latest time.Time) (time.Time, bool) {
	m := textYearlessMatch(line)
	if m == nil {
		return time.Time{}, false
	}
	name, num := m[1], m[2]
	if name == "" {
		name, num = m[4], m[3]
	}
	month, err := time.Parse("Jan", textMonth(name))
	dayOf, _ := strconv.Atoi(num)
	if err != nil || dayOf < 1 || dayOf > 31 {
		return time.Time{}, false
	}
	for y := latest.Year(); y >= latest.Year()-8; y-- {
		t := time.Date(y, month.Month(), dayOf, 0, 0, 0, 0, time.UTC)
		if t.Day() == dayOf && !t.After(latest) { // Feb 29 only in a leap year
			return t, true
		}
	}
	return time.Time{}, false
}

// textFindHeadlineYearDate returns a month and day alone on a line near
// the headline (as textFindRelativeDate finds it) of the one year the
// headline names ("Top 7 Corporate Catering Trends for 2024" over "Aug
// 15" and "Written By …", a site builder's blog stamp); zero when the
// headline names no year or more than one, or no such line is near. It
// runs only where no fetch day dates the stamp (textFindRelativeDate).
// On the 1,497 wcxb-dev flat pages, with and without the URL, it dated 3
// articles, each to its gold day, and moved no other page; a headline
// about next year over a December stamp would be a year late.
func textFindHeadlineYearDate(blocks []textBlock, from, first int, title string) time.Time {
	year := textHeadlineYear(title)
	if year == 0 {
		return time.Time{}
	}
	latest := time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC)
	return textNearShortDate(blocks, from, first, func(line string) (time.Time, bool) {
		return textYearlessDate(line, latest)
	})
}

// textHeadlineYear is the one year (1995 to 2100) title names, or 0.
func textHeadlineYear(title string) int {
	year := 0
	for _, w := range textnorm.Words(title) {
		if y := yearNumber(w); y != 0 {
			if year != 0 && year != y {
				return 0
			}
			year = y
		}
	}
	return year
}
