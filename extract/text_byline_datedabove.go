package extract

import "strings"

// A writer's name alone on the line under the headline when the date is
// not under the name but over the headline ("Travel September 8, 2021" /
// headline / "Jane Roe", also past a standfirst): textNameUnderHeadline
// looks for the date past the name, away from the headline, and so
// misses it.

// textNameUnderDatedHeadline is the name (textBareName) on the line under
// the headline at, or on the line past a standfirst there
// (textNameUnderDek), when a date line sits right above the headline;
// else "".
func textNameUnderDatedHeadline(blocks []textBlock, at int) string {
	if at < 0 || !textDatePastLabel(blocks, at, -1, false) {
		return ""
	}
	return textTextAt(blocks, textLineUnder(blocks, at, true, func(i int) bool {
		return textBareName(blocks[i].text, blocks)
	}))
}

// textBareName reports a line that is a writer's name and nothing else:
// a plain name (textPlainName) with no odd word and no word the page
// writes in lower case (a heading's "Major Update", "Digital Photo
// Frame"). textOneName's single word is left: there it was as often a
// share button's "Share" or a heading's "Contents" as a desk's name.
func textBareName(t string, blocks []textBlock) bool {
	if !textPlainName(t) || textOddNameWords(t) {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		if textLowerOnPage(strings.ToLower(w), blocks) {
			return false
		}
	}
	return true
}
