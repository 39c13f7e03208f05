package extract

import "strings"

// A blog's meta line under the headline that states the date and then
// names the writer by a login in lower case ("Posted on July 1, 2024 by
// infuy"): textDatedBylineRE wants a capitalised name after the date's
// "by", and textBylineHandle reads a handle only after a label that
// opens the line.

// textDatedHandle is the handle (textBylineHandle) after the last " by "
// of one of the two lines under the headline at (textLineUnder), when
// the line before it states a date (textParseDate); or "".
func textDatedHandle(blocks []textBlock, at int) string {
	name := ""
	textLineUnder(blocks, at, false, func(i int) bool {
		name = textDatedHandleIn(&blocks[i], blocks)
		return name != ""
	})
	return name
}

// textDatedHandleIn is the handle after the last " by " of b, a line
// of at most textDateBylineWords words whose text before it states a
// date; or "". The count is asked before the search: the lines under a
// headline are mostly paragraphs, and the search for " by " from each
// one's end was 0.19 M instructions of the 84 lines read on 100 long
// wcxb-dev flat pages (fifty-seventh session;
// TestTextDatedHandleInMatchesPlain holds it to the search first).
func textDatedHandleIn(b *textBlock, blocks []textBlock) string {
	if b.words > textDateBylineWords {
		return ""
	}
	t := b.text
	k := strings.LastIndex(t, " by ")
	if k < 0 || !textDateIn(t[:k]) {
		return ""
	}
	return textBylineHandle(t[k+1:], blocks)
}
