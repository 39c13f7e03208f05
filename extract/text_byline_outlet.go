package extract

import (
	"strings"
	"unicode"
)

// A news network's byline under the headline or its standfirst sets the
// outlet in capitals after the writer's name, with no separator ("Jane
// Roe USA TODAY"): the name test refuses the outlet's words, and no date
// need follow (a photo's caption buttons do).

// textNameBeforeOutlet is the name (textOutletName) on the line under the
// headline at, or on the line past a standfirst there; or "".
func textNameBeforeOutlet(blocks []textBlock, at int) string {
	name := ""
	textLineUnder(blocks, at, true, func(i int) bool {
		name = textOutletName(blocks[i].text, blocks)
		return name != ""
	})
	return name
}

// textOutletMaxWords is the most fields a name before an outlet holds:
// a name of three words and an outlet of three.
const textOutletMaxWords = 6

// textOutletName is t's name when t is a plain name of two or three
// words (textPlainName, no odd word, no word the page writes in lower
// case: textMenuWords) followed by one to three outlet's words
// (textOutletWord); or "".
//
// A line of more than textOutletMaxWords fields is turned away before
// its fields are listed (textWordsOver counts them as strings.Fields
// does): the lines under the headline are mostly the standfirst's and
// the body's paragraphs, and listing theirs was 0.25 M instructions of
// the 54 lines read on 100 long wcxb-dev flat pages (fifty-seventh
// session; TestTextOutletNameMatchesPlain holds it to the fields).
func textOutletName(t string, blocks []textBlock) string {
	if textWordsOver(t, textOutletMaxWords) {
		return ""
	}
	return textOutletNameRead(t, blocks)
}

// textOutletNameRead is textOutletName without the count of fields.
func textOutletNameRead(t string, blocks []textBlock) string {
	words := strings.Fields(t)
	k := len(words)
	for k > 0 && textOutletWord(words[k-1]) {
		k--
	}
	if k < 2 || k > 3 || len(words)-k < 1 || len(words)-k > 3 {
		return ""
	}
	name := strings.Join(words[:k], " ")
	if !textPlainName(name) || textOddNameWords(name) || textMenuWords(name, blocks) {
		return ""
	}
	return name
}

// textOutletWord reports whether w is a word of an outlet's name set in
// capitals: two bytes or more, each rune a capital letter ("USA",
// "TODAY"; not "U.S.", "A" nor "Roe").
func textOutletWord(w string) bool {
	return len(w) >= 2 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsUpper(r) })
}
