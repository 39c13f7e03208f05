package extract

import (
	"unicode"
	"unicode/utf8"
)

// textBylineRead is textBylineRE.FindStringSubmatch(s) read by hand,
// for an s that opens with one of its labels (textOpensBylineLabel).
// The expression is anchored and none of its repeats can give back what
// it took: the label's alternatives differ in their first two bytes,
// [:\s]* stops where the name's capital stands, a word's letters, dots,
// apostrophes and hyphens stop at the white space before the next word,
// and a word after the first is taken whole or not at all. So the
// expression's one answer is read in a single pass: the label, the
// separators, then a capitalised word and up to three more. On 100 long
// wcxb-dev flat pages the expression ran 66 times at some 6,800
// instructions each, on lines most of which are bylines. \s is ASCII
// white space without \v, as isASCIISpace reads it; \p{Lu} and \p{L} are
// the unicode tables the expression compiles, an invalid byte a
// U+FFFD, no letter, as the expression reads it.
func textBylineRead(s string) []string {
	i := textBylineLabelLen(s)
	if i == 0 {
		return nil
	}
	for i < len(s) && (s[i] == ':' || isASCIISpace(s[i])) {
		i++
	}
	start := i
	end := textBylineWordEnd(s, i)
	if end < 0 {
		return nil
	}
	more := 0
	for ; more < 3; more++ {
		j := end
		for j < len(s) && isASCIISpace(s[j]) {
			j++
		}
		next := -1
		if j > end {
			next = textBylineWordEnd(s, j)
		}
		if next < 0 {
			break
		}
		end = next
	}
	if more == 0 {
		return nil // {1,3}: a second word at least
	}
	return []string{s[:end], s[start:end]}
}

// textBylineLabelLen is the length of textBylineRE's label opening s:
// "[Ww]ritten [Bb]y", "[Pp]osted [Bb]y", "[Bb]y", "BY" or "[Aa]uthor";
// 0 for none.
func textBylineLabelLen(s string) int {
	by := func(i int) int {
		if i+2 <= len(s) && (s[i] == 'B' || s[i] == 'b') && s[i+1] == 'y' {
			return i + 2
		}
		return 0
	}
	if s == "" {
		return 0
	}
	switch s[0] {
	case 'W', 'w':
		if len(s) >= 8 && s[1:8] == "ritten " {
			return by(8)
		}
	case 'P', 'p':
		if len(s) >= 7 && s[1:7] == "osted " {
			return by(7)
		}
	case 'B', 'b':
		if len(s) >= 2 && (s[1] == 'y' || s[0] == 'B' && s[1] == 'Y') {
			return 2
		}
	case 'A', 'a':
		if len(s) >= 6 && s[1:6] == "uthor" {
			return 6
		}
	}
	return 0
}

// textBylineWordEnd is where the word \p{Lu}[\p{L}.'-]* at s[i:] ends,
// or -1 when no capital opens it.
func textBylineWordEnd(s string, i int) int {
	r, w := textRuneAt(s, i)
	if w == 0 || !(r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.Is(unicode.Lu, r)) {
		return -1
	}
	for i += w; i < len(s); i += w {
		r, w = textRuneAt(s, i)
		if r < utf8.RuneSelf {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '\'' || r == '-') {
				break
			}
		} else if !unicode.Is(unicode.L, r) {
			break
		}
	}
	return i
}

// textRuneAt is the rune at s[i:] and its width, 0 past the end.
func textRuneAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
