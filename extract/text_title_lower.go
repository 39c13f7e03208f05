package extract

import (
	"strings"
	"unicode"
)

// textHasLower is strings.ContainsFunc(s, unicode.IsLower), its ASCII
// opening read a byte at a time: a headline's first lower-case letter is
// mostly its second byte, and the call decoded rune by rune and asked
// unicode.IsLower of each (some 60 instructions a title candidate for
// feature 21, 3,970 candidates on the 100 long wcxb-dev flat pages). At
// the first byte beyond ASCII the rest is asked as before: the bytes
// before it were each a rune of their own, none lower-case
// (TestTextHasLowerMatchesContainsFunc).
func textHasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return strings.ContainsFunc(s[i:], unicode.IsLower)
		case c >= 'a' && c <= 'z':
			return true
		}
	}
	return false
}
