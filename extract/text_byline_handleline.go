package extract

import (
	"strings"
	"unicode"
)

// A blog template sets the writer's login in lower case as the last line
// of a block right over the post's date, in the headline's block
// ("Headline\ninikosoftseo" / "September 8, 2025") or over the headline
// ("All posts\ncrazy lennys" / "December 3, 2025" / headline): no name
// test reads a name in lower case, and no label says what the line is.

// textHandleOverDate is the login (textLowerHandle) that ends the
// headline's block at, or a block of more than one line among the
// textHandleReach blocks over it, when the block right under it is a
// date alone (textDateIn, at most textHandleDateWords words); or "".
func textHandleOverDate(blocks []textBlock, at int) string {
	if at < 0 {
		return ""
	}
	for i := at; i >= max(0, at-textHandleReach); i-- {
		t := blocks[i].text
		k := strings.LastIndexByte(t, '\n')
		if k < 0 || i+1 >= len(blocks) || blocks[i+1].words > textHandleDateWords || !textDateIn(blocks[i+1].text) {
			continue
		}
		if h := textLowerHandle(t[k+1:], blocks, i); h != "" {
			return h
		}
	}
	return ""
}

// textHandleReach is how many blocks over the headline are read for a
// login over the date: a reading time and the date stand between on the
// page it is for.
const textHandleReach = 3

// textHandleDateWords is the longest date line read under the login.
const textHandleDateWords = 4

// textLowerHandle is line when it is one or two words of lower-case
// letters, no stopword (textOddNameWords), none of which the page writes
// in lower case outside block at (textLowerOnPage: a category or a tag
// over the date, "news", is written so in the menu or the body too); or
// "".
func textLowerHandle(line string, blocks []textBlock, at int) string {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 2 || textOddNameWords(line) {
		return ""
	}
	for _, w := range words {
		if len(w) < 2 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) {
			return ""
		}
		if textLowerOnPage(w, blocks[:at]) || textLowerOnPage(w, blocks[at+1:]) {
			return ""
		}
	}
	return strings.Join(words, " ")
}
