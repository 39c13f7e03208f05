package extract

// Gates and starts for the date readers' expressions that are run with
// FindStringSubmatch on short lines near the headline: each asks what
// every match of its expression holds before the expression runs, or
// where a match may start. TestTextYearlessGateCoversRE and
// TestTextSlashDateFromMatchesRE hold them to the expressions.

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

// textSlashDateMatch is textSlashDateRE's submatches in s, or nil. Every
// match's year (19xx or 20xx, textYearFrom finds them all) follows a
// digit and one of - / ., and its first number opens at most six bytes
// before the year, so no match starts before the byte before that, six
// bytes before the first such year (textSubmatchFrom reads from there).
// The lines it ran on (28 on 100 long wcxb-dev flat pages, a dated
// paragraph's lead among them) took some 14 thousand instructions each
// read from their start.
func textSlashDateMatch(s string) []string {
	y := textSlashYearFirst(s)
	if y < 0 {
		return nil
	}
	return textSubmatchStrings(s, textSubmatchFrom(textSlashDateRE, s, max(0, y-6)))
}

// textSlashYearFirst is where s first has a year after a digit and one
// of - / . (textYearForms' slash form), or -1.
func textSlashYearFirst(s string) int {
	for i := textYearFrom(s, 0); i >= 0; i = textYearFrom(s, i+1) {
		if i >= 2 && (s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.') && isDigitByte(s[i-2]) {
			return i
		}
	}
	return -1
}

// textSubmatchStrings turns a FindStringSubmatchIndex answer on s into
// FindStringSubmatch's.
func textSubmatchStrings(s string, loc []int) []string {
	if loc == nil {
		return nil
	}
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return m
}
