package extract

import "strings"

// textHoldsSpaced reports whether s holds c with a space on either side
// (strings.Contains(s, " | ") for c '|'), seeking c and looking at the
// bytes beside each: a search for the whole of " | " starts at every
// space of a line, and the title candidates' feature 13 (" | " or " - ",
// textTitleVector) paid 1.3 M of 100 wcxb-dev flat pages' 465 M
// instructions for it (TestTextHoldsSpacedMatchesContains).
func textHoldsSpaced(s string, c byte) bool {
	for from := 1; from+1 < len(s); {
		i := strings.IndexByte(s[from:len(s)-1], c)
		if i < 0 {
			return false
		}
		i += from
		if s[i-1] == ' ' && s[i+1] == ' ' {
			return true
		}
		from = i + 1
	}
	return false
}
