package extract

import "strings"

// Several writers named on one line between the headline and the date
// ("Jane Roe, Ed Poe & Al Moe" / "Nov 25th, 2025"), with no label: the
// gold keeps the list as the page writes it. textNameUnderHeadline
// reads one name there (nameLike's four words at most).

// textNameListJoins set the names of a list apart, longest first.
var textNameListJoins = []string{", and ", ", ", " & ", " and "}

// textNameListUnderHeadline is the list of names (textIsNameList) on one
// of the two lines under the headline at, with a date line under it
// (textDatePastLabel), or "". The second line is read past any line
// (a standfirst or a section label).
func textNameListUnderHeadline(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, false, func(i int) bool {
		return textIsNameList(blocks[i].text, blocks) && textDatePastLabel(blocks, i, 1, true)
	}))
}

// textIsNameList reports whether t is two names or more joined by
// commas, "&" or "and", each a plain name (textPlainName) with no
// stopword and a word the page does not write in lower case
// (textCommonWords: a heading's "Pest Control & Home Services" is no
// list of names). One word may be: a reader's comment thanks "Jane roe".
func textIsNameList(t string, blocks []textBlock) bool {
	if !strings.Contains(t, ", ") && !strings.Contains(t, " & ") && !strings.Contains(t, " and ") {
		return false
	}
	n := 0
	for rest := t; rest != ""; n++ {
		name, next := rest, ""
		for _, join := range textNameListJoins {
			if k := strings.Index(rest, join); k >= 0 && k < len(name) {
				name, next = rest[:k], rest[k+len(join):]
			}
		}
		if !textPlainName(name) || textOddNameWords(name) || textCommonWords(name, blocks) {
			return false
		}
		rest = next
	}
	return n >= 2
}

// textCommonWords reports whether every word of name is written in lower
// case on the page (textLowerOnPage).
func textCommonWords(name string, blocks []textBlock) bool {
	for w := range strings.FieldsSeq(name) {
		if !textLowerOnPage(strings.ToLower(w), blocks) {
			return false
		}
	}
	return true
}
