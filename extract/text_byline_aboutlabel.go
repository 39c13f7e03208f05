package extract

import "strings"

// An author card's heading with the name on its own line: "About the
// Author: Tom" (wcxb-dev 4817, a coffee blog's card under the post) or
// the heading glued to the name by flattening, "About the AuthorTOI
// Lifestyle Desk" (0119, a newspaper's desk). The labelled readings
// want the label alone on its line over the name (textBylineLabels), and
// the bio readings a bio under a name alone; here the heading and the
// name share the line, the bio under it or none. The heading followed
// by prose ("About the Author Jorge Jimenez is a writer at …", 0111,
// 0272) or alone ("About the Author:", "About the authors") is not this
// form: the rest must be a name and the line short.

// textAboutAuthorLabel opens the card's line, lowered.
const textAboutAuthorLabel = "about the author"

// textAboutAuthorWords is the most words the card's line holds: the
// label's three and a name of up to four.
const textAboutAuthorWords = 7

// textNameAfterAboutLabel is the name on the first block from the body's
// first block on that reads "About the Author" and then, after a colon,
// a space or nothing, a name: one capitalised word the page does not
// write in lower case (textOneName), or two to four capitalised words
// (nameLike) none glued (textGluedWords); or "". Under the heading a
// desk's name in common words is the writer's ("TOI Lifestyle Desk"), as
// under a byline label (textLabelledByline), so the page's lower-case
// words are not asked of a name of several words.
func textNameAfterAboutLabel(blocks []textBlock, first int) string {
	for i := max(first, 0); i < len(blocks); i++ {
		// The block's length and first byte before the label's test:
		// most blocks are paragraphs (a longer line is no name after the
		// label either: nameLike takes at most four words).
		b := &blocks[i]
		if b.words > textAboutAuthorWords || b.low == "" || b.low[0] != 'a' || b.lines || !strings.HasPrefix(b.low, textAboutAuthorLabel) {
			continue
		}
		// The label is ASCII: its lowered length is its length. A plural
		// heading ("About the Authors") leaves a lower-case rest, which
		// neither name test takes.
		name := strings.TrimLeft(b.text[len(textAboutAuthorLabel):], ": ")
		if textOneName(name, blocks) || nameLike(name) && !textGluedWords(name) {
			return name
		}
	}
	return ""
}
