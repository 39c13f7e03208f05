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

// textOutletName is t's name when t is a plain name of two or three
// words (textPlainName, no odd word, no word the page writes in lower
// case: textMenuWords) followed by one to three words in capitals of two
// letters or more; or "".
func textOutletName(t string, blocks []textBlock) string {
	words := strings.Fields(t)
	k := len(words)
	for k > 0 && len(words[k-1]) >= 2 && !strings.ContainsFunc(words[k-1], func(r rune) bool { return !unicode.IsUpper(r) }) {
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
