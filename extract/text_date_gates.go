package extract

// Gates and hand readers for the date readers' expressions that are run with
// FindStringSubmatch on short lines near the headline: a gate that asks
// what every match of its expression holds before the expression runs,
// or the expression read by hand. TestTextYearlessGateCoversRE and
// TestTextSlashDateReadMatchesRE hold them to the expressions.

// textMayBeYearless reports whether s may match textYearlessRE, a test
// true of every line the expression matches. The expression is anchored
// at both ends, so the whole line is its match: it opens with
// "published", "updated" or "posted" in some case, a day's digit or a
// month's capital (textMonthNames are title or upper case), holds a
// month's name in that case (textHasCasedMonth) and a digit, and no
// three digits in a row (a day has one or two, a clock two and two):
// a dateline with its year ("March 3, 2024") is none. On 100 long
// wcxb-dev flat pages the expression ran 118 times, some 4,700
// instructions a run, and matched none.
func textMayBeYearless(s string) bool {
	if s == "" || !textYearlessOpening[s[0]] {
		return false
	}
	run, digit := 0, false
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			run = 0
			continue
		}
		if run++; run > 2 {
			return false
		}
		digit = true
	}
	return digit && textHasCasedMonth(s)
}

// textYearlessOpening marks the bytes a textYearlessRE match opens with.
var textYearlessOpening = func() (t [256]bool) {
	for _, c := range "PpUu0123456789JFMASOND" {
		t[c] = true
	}
	return t
}()

// textYearlessMatch is textYearlessRE's submatches in line, or nil.
func textYearlessMatch(line string) []string {
	if !textMayBeYearless(line) {
		return nil
	}
	return textYearlessRE.FindStringSubmatch(line)
}

// textSlashDateRead is textSlashDateRE's three groups in s (its first
// number, its second and its year), read by hand; ok is false where the
// expression matches nowhere. The expression leaves no choice once its
// first number's place is fixed: \d\d? before a separator must take the
// whole run of digits there, which may be one or two long, and the year
// is four digits no digit follows. So a match is read back from a year
// (textYearFrom finds every 19xx and 20xx): a separator (- / .) before
// it, a run of one or two digits, a separator, another such run, which
// opens the line or follows a byte that is no digit (the rune before it,
// whatever its width, is then no digit). A later year's match opens
// later (its separator stands past the earlier year), so the first year
// that reads is the leftmost match. The 28 lines it ran on (100 long
// wcxb-dev flat pages) took some 14 thousand instructions each from
// their start, some 8,600 from six bytes before their first such year.
func textSlashDateRead(s string) (first, second, year string, ok bool) {
	for y := textYearFrom(s, 0); y >= 0; y = textYearFrom(s, y+1) {
		if y+4 < len(s) && isDigitByte(s[y+4]) || y < 1 || !textSlashSep(s[y-1]) {
			continue
		}
		g2 := textDigitsBack(s, y-1)
		if n := y - 1 - g2; n < 1 || n > 2 || g2 < 1 || !textSlashSep(s[g2-1]) {
			continue
		}
		g1 := textDigitsBack(s, g2-1)
		if n := g2 - 1 - g1; n < 1 || n > 2 {
			continue
		}
		return s[g1 : g2-1], s[g2 : y-1], s[y : y+4], true
	}
	return "", "", "", false
}

// textSlashSep reports textSlashDateRE's separator [-/.].
func textSlashSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// textDigitsBack is where the run of ASCII digits ending before s[end]
// starts (end when none).
func textDigitsBack(s string, end int) int {
	for end > 0 && isDigitByte(s[end-1]) {
		end--
	}
	return end
}
