package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/storyfold/storyfold/textnorm"
)

// visibleDateBlocks is how many of the page's first blocks the visible
// date is looked for in, a bound on the work for huge pages. With the
// stated dates, wcxb-dev article dates matched on 552, 570, 572 and 573
// of 657 for 30, 150, 300 and 500 blocks (5000: 573).
const visibleDateBlocks = 500

// visibleDate returns the first date written out in the page's text
// ("December 11, 2025", "20 December 2025", "2025-12-11"). On the 167
// wcxb-dev articles whose metadata states no date it matched the gold on
// 117, htmldate's extensive scan on 121, and this date with htmldate for
// the pages without one on 131. Starting the search at the first heading
// instead of the top of the page did worse (556 against 570 of 657 dates
// with the stated ones).
func visibleDate(blocks []block) (time.Time, bool) {
	t, _, ok := visibleDateAt(blocks)
	return t, ok
}

// visibleDateAt is visibleDate with the index of the block it is in.
func visibleDateAt(blocks []block) (time.Time, int, bool) {
	for i, b := range blocks {
		if i == visibleDateBlocks {
			break
		}
		if t, ok := firstDateIn(textnorm.Words(splitGlued(b.text))); ok {
			return t, i, true
		}
	}
	return time.Time{}, -1, false
}

// firstDateIn finds month-day-year, day-month-year or year-month-day in
// a run of folded words.
func firstDateIn(w []string) (time.Time, bool) {
	for i := 0; i+2 < len(w); i++ {
		var y, m, d int
		switch {
		case monthNumber(w[i]) > 0:
			m, d, y = monthNumber(w[i]), dayNumber(w[i+1]), yearNumber(w[i+2])
		case monthNumber(w[i+1]) > 0:
			d, m, y = dayNumber(w[i]), monthNumber(w[i+1]), yearNumber(w[i+2])
		case len(w[i+1]) == 2 && len(w[i+2]) == 2:
			y, m, d = yearNumber(w[i]), atoiOr0(w[i+1]), atoiOr0(w[i+2])
		}
		if y == 0 || m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return t, true
		}
	}
	return time.Time{}, false
}

// monthNumber is the month a lower-case word names in full or by its
// key (isMonth), or 0; the key read as the flat path's date reader reads
// it (textMonthNumber).
func monthNumber(w string) int {
	if !isMonth(w) {
		return 0
	}
	return int(textMonthNumber(w))
}

// dayNumber reads "7", "07" or "7th".
func dayNumber(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 {
		return 0
	}
	return atoiOr0(w)
}

// yearNumber reads a four-digit year between 1995 and 2100, else 0.
func yearNumber(w string) int {
	if len(w) != 4 {
		return 0
	}
	if y := atoiOr0(w); y >= 1995 && y <= 2100 {
		return y
	}
	return 0
}

func atoiOr0(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// splitGlued puts a space where a page's markup glued words together
// without one: a digit before a letter ("2024Updated"), a letter before
// a digit, or a lower-case letter before a capital ("HealthDECEMBER"), so
// that a dateline run into its neighbours is still read.
func splitGlued(s string) string {
	var b strings.Builder
	var prev rune
	for _, r := range s {
		if prev != 0 && (unicode.IsDigit(prev) && unicode.IsLetter(r) && !isOrdinalStart(r) ||
			unicode.IsLetter(prev) && unicode.IsDigit(r) || unicode.IsLower(prev) && unicode.IsUpper(r)) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isOrdinalStart reports the letters that start an ordinal suffix
// ("4th", "1st", "2nd", "3rd"), which stay on their number.
func isOrdinalStart(r rune) bool {
	return r == 's' || r == 'n' || r == 'r' || r == 't'
}
