package extract

import "strings"

// textTitleWithYear returns the line that states title and then a year
// ("Best Ferry Passes for Walkers in 2026" for "Best Ferry Passes for
// Walkers"), when a block of the page is one, else title. A guide's
// headline block drops the year its page title carries, and the page
// states the full title again lower down (a section's heading, a
// summary box); the gold keeps the year. The year must be all that
// follows, after " in ", " for ", " of ", ", ", " - ", " – " or a
// space, bare or in parentheses. On the 1,497 wcxb-dev flat pages 1 more
// exact article title (odd page ids, with the URL and without), no other
// title moved: the rule fired on that page alone.
func textTitleWithYear(title string, blocks []textBlock) string {
	if len(title) < 8 {
		return title
	}
	// A tail is five to eleven bytes (" 2026" to " – (2026)"): the
	// block's length turns the others away before their bytes are
	// compared (0.96 M of 100 wcxb-dev flat pages' 465 M instructions).
	for i := range blocks {
		if n := len(blocks[i].text) - len(title); n < textTitleYearTailMin || n > textTitleYearTailMost {
			continue
		}
		if rest, ok := strings.CutPrefix(blocks[i].text, title); ok && textTitleYearTail(rest) {
			return blocks[i].text
		}
	}
	return title
}

// textTitleYearTailMin and textTitleYearTailMost are the shortest and
// the longest tail textTitleYearTail takes, in bytes: " 2026", and " – "
// (a dash of three bytes) before "(2026)".
const (
	textTitleYearTailMin  = len(" 2026")
	textTitleYearTailMost = len(" – (2026)")
)

// textTitleYearTail reports whether rest is a year after a joining word
// or mark: " in 2026", " (2026)", ", 2026".
func textTitleYearTail(rest string) bool {
	for _, join := range [...]string{" in ", " for ", " of ", ", ", " - ", " – ", " "} {
		if y, ok := strings.CutPrefix(rest, join); ok {
			y = strings.TrimSuffix(strings.TrimPrefix(y, "("), ")")
			return len(y) == 4 && (y[:2] == "19" || y[:2] == "20") && isDigitByte(y[2]) && isDigitByte(y[3])
		}
	}
	return false
}
