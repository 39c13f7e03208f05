package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsTimeStamp reports whether s is only a date or a time with its label
// ("Story Created: Aug 7, 2012 at 9:56 AM AKDT", "Updated 11/27/2005
// 3:41 PM", "Saturday, August 24, 2013", "12:52 p.m. EDT May 2, 2013"):
// every word a month, a weekday, a clock's word, a date's label or a
// zone's abbreviation, and at least one digit. No headline is one; a page
// whose headline line is missing puts its dateline where the headline
// would be, and both the text path's title choice and the clusterer's
// heads must pass it over.
func IsTimeStamp(s string) bool {
	if stamp, sure := isTimeStampASCII(s); sure {
		return stamp
	}
	return isTimeStampSplit(s)
}

// isTimeStampSplit is IsTimeStamp's test on every word, split from the
// runes of s.
func isTimeStampSplit(s string) bool {
	digit := false
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool {
		if r >= '0' && r <= '9' {
			digit = true
			return true
		}
		return !unicode.IsLetter(r)
	}) {
		if !isStampWord(w) && !isZoneAbbrev(w) {
			return false
		}
	}
	return digit
}

// isTimeStampASCII is IsTimeStamp read byte by byte, sure of its answer
// where a run of ASCII letters is no stamp word (false) or s is all
// ASCII; unsure only of a line of stamp words holding a byte beyond
// ASCII. Most lines IsTimeStamp reads are headlines whose first word is
// no stamp word, and the split's iterator, its rune decoding and
// unicode.IsLetter cost some 600 instructions a line on wcxb-dev flat
// pages before that word turned the line away
// (TestIsTimeStampASCIIMatchesPlain). A run is the split's word or, where
// a byte beyond ASCII ends it or comes before it (each such byte is read
// as a mark between words), a line the split turns away as well: a rune
// beyond ASCII either parts words as the run's end does (a curly quote,
// a dash, a no-break space) or is a letter, and a word holding it is no
// stamp word (all are ASCII); so a run that is no stamp word turns the
// line away either way. On an ASCII line the runs are the split's words
// and the digit it asks for is an ASCII one. The lines opening with a
// curly quote or a stamp word ("A", "On", "May") went to the split whole,
// some 880 instructions each: 180 of the 1,026 lines with a digit
// IsTimeStamp read under the title candidates of 100 long wcxb-dev flat
// pages.
func isTimeStampASCII(s string) (stamp, sure bool) {
	start, digit, ascii := -1, false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if w := s[start:i]; !isStampWord(w) && !isZoneAbbrev(w) {
				return false, true
			}
			start = -1
		}
		digit = digit || '0' <= c && c <= '9'
		ascii = ascii && c < utf8.RuneSelf
	}
	if start >= 0 {
		if w := s[start:]; !isStampWord(w) && !isZoneAbbrev(w) {
			return false, true
		}
	}
	return digit, ascii
}

// stampWordMax is the length of the longest of stampWords ("wednesday",
// "september", "originally").
const stampWordMax = len("originally")

// isStampWord reports whether w, in any case, is one of stampWords. It
// lowers w's ASCII letters on the stack: the titles it reads open with a
// capital, and strings.ToLower built a string for each (IsTimeStamp runs
// on every title candidate of a flattened page).
func isStampWord(w string) bool {
	if len(w) == 0 || len(w) > stampWordMax || !stampShapeOf(w) {
		return false
	}
	var buf [stampWordMax]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false // no stamp word has a letter outside ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return stampWords[string(buf[:len(w)])]
}

// stampShapes[a][b] has bit n set where a stamp word of n letters opens
// with the letters a and b ('a' is 0; b is 26 for a word of one letter).
// Most words isStampWord is asked are a headline's first, and no stamp
// word has their length and first two letters: the map's look-up was
// some 110 instructions a word, 0.11 M of IsTimeStamp's 0.51 M under the
// title candidates of 100 wcxb-dev flat pages (TestStampShapeMatchesMap).
var stampShapes = func() (t [26][27]uint16) {
	for w := range stampWords {
		b := 26
		if len(w) > 1 {
			b = int(w[1] - 'a')
		}
		t[w[0]-'a'][b] |= 1 << len(w)
	}
	return t
}()

// stampShapeOf reports whether some stamp word has w's length and, in
// any case, its first two letters; w is 1 to stampWordMax bytes long.
func stampShapeOf(w string) bool {
	a, b := uint(w[0]|0x20)-'a', uint(26)
	if len(w) > 1 {
		b = uint(w[1]|0x20) - 'a'
	}
	return a < 26 && b <= 26 && stampShapes[a][b]&(1<<len(w)) != 0
}

// isZoneAbbrev reports whether w is written like a time zone's
// abbreviation (ET, GMT, AKDT, AEST, UTC): two to four capitals ending in
// T or C.
func isZoneAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 4 || (w[len(w)-1] != 'T' && w[len(w)-1] != 'C') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// stampWords are the words of a date or time line: months, weekdays, their
// short forms, the clock's and the labels crawled pages put before a date.
var stampWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august
		september october november december jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		am pm a p m st nd rd th at on of
		posted updated published first originally last created modified story date time`) {
		m[w] = true
	}
	return m
}()
