package extract

import (
	"strings"
	"unicode"
)

// A shop's or a template's byline under the headline sets the writer, a
// login or the firm, before a date in digits, glued to it or set off by
// a dash or a bar ("Yucy3/4/2025", "EcoFlow- 2025/4/29", "Jane Roe |
// 12.03.2024"): the name readers want the line to end with the name or
// a month's name, and a one-word name needs a label.

// textNameBeforeNumDate is the name (textNumDateName) on the line under
// the headline at, or on the line past a standfirst there; or "".
func textNameBeforeNumDate(blocks []textBlock, at int) string {
	name := ""
	textLineUnder(blocks, at, true, func(i int) bool {
		if blocks[i].words <= textDateBylineWords {
			name = textNumDateName(blocks[i].text, blocks)
		}
		return name != ""
	})
	return name
}

// textNumDateSeps set a byline's name off from its date.
const textNumDateSeps = " -|·–—"

// textNumDateName is the name that opens t when the rest of t, from its
// first digit, is a date in digits only (textNumericDate) and what
// stands between is nothing or a separator (textNumDateSeps); or "". The
// name is a plain name of two or three words or one word a login may be
// (textHandleWord), and no word of it is written in lower case on the
// page (textLowerOnPage: a section or a tag over its date, "News
// 3/4/2025").
func textNumDateName(t string, blocks []textBlock) string {
	k := strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' })
	if k <= 0 || !textNumericDate(t[k:]) {
		return ""
	}
	name := strings.TrimRight(t[:k], textNumDateSeps)
	words := strings.Fields(name)
	switch {
	case len(words) == 1:
		if !textHandleWord(name) || !unicode.IsLetter(rune(name[len(name)-1])) {
			return ""
		}
	case len(words) > 3 || !textPlainName(name) || textOddNameWords(name):
		return ""
	}
	for _, w := range words {
		if textLowerOnPage(textLowerCapital(w), blocks) {
			return ""
		}
	}
	return name
}

// textNumericDate reports whether s is a date written in digits and
// "/", "." or "-" alone ("3/4/2025", "2025/4/29"), as textDateIn reads
// it.
func textNumericDate(s string) bool {
	seps := strings.Count(s, "/") + strings.Count(s, ".") + strings.Count(s, "-")
	if seps != 2 || strings.ContainsFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '/' && r != '.' && r != '-' }) {
		return false
	}
	return textDateIn(s)
}
