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
		t := blocks[i].text
		k := strings.LastIndex(t, " by ")
		if k < 0 || blocks[i].words > textDateBylineWords || !textDateIn(t[:k]) {
			return false
		}
		name = textBylineHandle(t[k+1:], blocks)
		return name != ""
	})
	return name
}
