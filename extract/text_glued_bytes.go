package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textGluedRead reports whether a word of s (strings.Fields) runs two
// words together as flattening glues them: a capital after a lower-case
// letter at the word's fourth letter or later, but after a surname prefix
// ("MacLeod": textGlueAt), or, when digits, a digit after three letters,
// the last two lower-case ("Height0.9": textGluedLabel).
//
// The words are read by bytes: a word of ASCII bytes is its runes, and
// the letters, capitals and digits it asks of them are ASCII ranges. Each
// word was made a rune slice and read again (runtime.stringtoslicerune,
// strings.FieldsSeq's iterator): textGluedWords and textGluedLabel cost
// 1.54 M of the 100 long wcxb-dev flat pages' 321 M instructions, asked of
// whole lines by the inline calls (textIsInlineCall) and the raised
// bar's glued tables (textHoleIsGluedTable). A run up to the next ASCII
// space that holds a byte past ASCII (a letter, a curly quote or a space
// such as U+00A0, which strings.Fields cuts at) is read by the rune forms
// (textGluedRunes), from its start. TestTextGluedReadMatchesRunes holds
// both to the rune forms they were.
func textGluedRead(s string, digits bool) bool {
	start := 0 // the word's first byte
	for j := 0; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= utf8.RuneSelf:
			end := j
			for end < len(s) && !asciiSpace(s[end]) {
				end++
			}
			if textGluedRunes(s[start:end], digits) {
				return true
			}
			j, start = end, end+1
		case asciiSpace(c):
			start = j + 1
		case j-start >= 3:
			if p := s[j-1]; 'a' <= p && p <= 'z' && ('A' <= c && c <= 'Z' && !textNamePrefix[s[start:j]] ||
				digits && '0' <= c && c <= '9' && isASCIILower(s[j-2]) && isASCIILetter(s[j-3])) {
				return true
			}
		}
	}
	return false
}

// textGluedRunes is textGluedRead of s read rune by rune, word by word.
func textGluedRunes(s string, digits bool) bool {
	for w := range strings.FieldsSeq(s) {
		r := []rune(w)
		if textGlueAt(r, 3) > 0 {
			return true
		}
		for j := 3; digits && j < len(r); j++ {
			if unicode.IsDigit(r[j]) && unicode.IsLower(r[j-1]) && unicode.IsLower(r[j-2]) && unicode.IsLetter(r[j-3]) {
				return true
			}
		}
	}
	return false
}
