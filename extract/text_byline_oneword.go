package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textOneWordCredit is the one name a credit line gives when it is a
// single word ("Written by Melissa", "Posted By: Jane · In: Sides"):
// capitalised, letters only, at least three of them, and nothing after
// it but a separator and what follows one; else "". textBylineRE wants
// two words, so a blogger who signs with a first name is not read.
func textOneWordCredit(rest string) string {
	for _, sep := range textMidLineSeps {
		if k := strings.Index(rest, sep); k >= 0 {
			rest = rest[:k]
		}
	}
	rest = strings.TrimSpace(rest)
	first, _ := utf8.DecodeRuneInString(rest)
	if utf8.RuneCountInString(rest) < 3 || !unicode.IsUpper(first) {
		return ""
	}
	for _, c := range rest {
		if !unicode.IsLetter(c) {
			return ""
		}
	}
	return rest
}
