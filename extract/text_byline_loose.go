package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A "By" line under the headline, next to the date, whose name the
// byline expression refuses: a column's name with a stopword ("By Ask
// the Doctors") or a firm's that opens with a digit ("By 3i Global").

// textLooseByline is the name of such a line (textLooseBylineName) on one
// of the two lines under the headline at, with a date line right above
// or under it; or "".
func textLooseByline(blocks []textBlock, at int) string {
	i := textLineUnder(blocks, at, false, func(i int) bool {
		name, ok := strings.CutPrefix(blocks[i].text, "By ")
		return ok && textLooseBylineName(name) && (textDatePastLabel(blocks, i, -1, false) || textDatePastLabel(blocks, i, 1, false))
	})
	return strings.TrimPrefix(textTextAt(blocks, i), "By ")
}

// textLooseBylineName reports two to four words, the first capitalised
// or a digit run into letters ("3i"), the last capitalised, and at most
// one stopword in lower case between them.
func textLooseBylineName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	lower := 0
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case k == 0 && unicode.IsDigit(r) && strings.ContainsFunc(w, unicode.IsLetter):
		case unicode.IsUpper(r) && !textLowerIn(jobWords, w):
		case k > 0 && k < len(words)-1 && unicode.IsLower(r) && textOddNameWord(w):
			lower++
		default:
			return false
		}
	}
	return lower <= 1
}
