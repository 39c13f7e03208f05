package extract

// textCardDateMatch reports textCardDateRE.MatchString(s), read by hand.
// The expression is unanchored and folds case, so the backtracker tried
// each of its four alternatives, and the twelve months' names in each of
// the first two, at every byte: some 56 thousand instructions a line on
// the six short lines of 100 long wcxb-dev flat pages that reach it
// (0.34 M; fifty-second session). It has few choices. Every repeat stops
// where the next piece cannot start (a month's tail of letters before a
// dot, a space or a figure; the spaces before a figure or a month; the
// figures before a slash, a dash or a letter), so each run is taken
// whole, and a match opens only at a figure or a month's first letter
// that \b allows: a run of figures opens there after no word byte, and
// a month's first letter, ASCII or the long s (ſ) of "sep", where the
// \b test on the bytes either side holds. TestTextCardDateMatchesRE holds
// it to the expression.
func textCardDateMatch(s string) bool {
	for i := 0; i < len(s); i++ {
		if !textWordBoundary(s, i) {
			continue
		}
		if c := s[i]; '0' <= c && c <= '9' {
			if textCardDayMonthAt(s, i) || textCardNumericAt(s, i) {
				return true
			}
		} else if end := textCardMonthAt(s, i); end > 0 && textCardMonthDayAt(s, end) {
			return true
		}
	}
	return false
}

// textWordBoundary reports \b at byte i of s: an ASCII word byte on one
// side and none on the other (a byte past ASCII is no word byte, as the
// rune it opens or ends is none).
func textWordBoundary(s string, i int) bool {
	before := i > 0 && textIsWordByte(s[i-1])
	after := i < len(s) && textIsWordByte(s[i])
	return before != after
}

// textCardDigitsEnd returns the end of the run of ASCII figures from i.
func textCardDigitsEnd(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// textCardLettersEnd returns the end of the run from i of what [a-z]
// matches when folding case: ASCII letters, the long s and the Kelvin
// sign.
func textCardLettersEnd(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			i++
		case c == 0xc5 && i+1 < len(s) && s[i+1] == 0xbf:
			i += 2
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xaa:
			i += 3
		default:
			return i
		}
	}
	return i
}

// textCardMonthAt returns the end of a month's first three letters at i
// in any case ("ſep" too), or 0.
func textCardMonthAt(s string, i int) int {
	if i+1 < len(s) && s[i] == 0xc5 && s[i+1] == 0xbf {
		if i+3 < len(s) && s[i+2]|0x20 == 'e' && s[i+3]|0x20 == 'p' {
			return i + 4
		}
		return 0
	}
	if i+3 > len(s) {
		return 0
	}
	a, b, c := s[i]|0x20, s[i+1]|0x20, s[i+2]|0x20
	for m := 0; m < len(textCardMonths); m += 3 {
		if a == textCardMonths[m] && b == textCardMonths[m+1] && c == textCardMonths[m+2] {
			return i + 3
		}
	}
	return 0
}

// textCardMonths are the months' first three letters of textCardDateRE,
// run together.
const textCardMonths = "janfebmaraprmayjunjulaugsepoctnovdec"

// textCardMonthDayAt reports the first alternative's rest after a
// month's three letters: the month's other letters, a dot, spaces, and a
// day of one or two figures that a word byte does not follow.
func textCardMonthDayAt(s string, i int) bool {
	i = textCardLettersEnd(s, i)
	if i < len(s) && s[i] == '.' {
		i++
	}
	i = perlSpacesEnd(s, i)
	end := textCardDigitsEnd(s, i)
	return (end-i == 1 || end-i == 2) && !(end < len(s) && textIsWordByte(s[end]))
}

// textCardDayMonthAt reports the second alternative from the figures at
// i: a day of one or two, spaces, a month's three letters and its other
// letters up to a \b (which may fall inside them, beside a long s or a
// Kelvin sign).
func textCardDayMonthAt(s string, i int) bool {
	end := textCardDigitsEnd(s, i)
	if end-i > 2 {
		return false
	}
	m := textCardMonthAt(s, perlSpacesEnd(s, end))
	if m == 0 {
		return false
	}
	last := textCardLettersEnd(s, m)
	for k := m; k <= last; k++ {
		if textWordBoundary(s, k) {
			return true
		}
	}
	return false
}

// textCardNumericAt reports the last two alternatives from the figures
// at i: d/d/yy (one or two figures, one or two, two to four) and
// yyyy-mm-dd, each ending where no word byte follows.
func textCardNumericAt(s string, i int) bool {
	a := textCardDigitsEnd(s, i)
	if a == len(s) {
		return false
	}
	sep := s[a]
	if sep != '/' && sep != '-' {
		return false
	}
	b := textCardDigitsEnd(s, a+1)
	if b == len(s) || s[b] != sep {
		return false
	}
	c := textCardDigitsEnd(s, b+1)
	if c < len(s) && textIsWordByte(s[c]) {
		return false
	}
	n1, n2, n3 := a-i, b-a-1, c-b-1
	if sep == '/' {
		return n1 >= 1 && n1 <= 2 && n2 >= 1 && n2 <= 2 && n3 >= 2 && n3 <= 4
	}
	return n1 == 4 && n2 == 2 && n3 == 2
}
