package extract

// A name with its credentials over the byline's date under the headline
// or its standfirst ("Jeffrey A. Slotnick CPP, PSP" / "Dec. 17, 2025"):
// textNameUnderHeadline and textFindAuthor's name beside a date want a
// plain name (nameLike's four words, no comma), and textCredNameTwice a
// name set twice. The gold keeps the credentials as the line writes
// them.

// textCredNameOverDate is the line under the headline at, or under its
// standfirst (textLineUnder), that is a name with credentials
// (textCredName) over a date line (textDateLine), or "".
func textCredNameOverDate(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, true, func(i int) bool {
		if i+1 >= len(blocks) || !textCredName(blocks[i].text, blocks) {
			return false
		}
		_, ok := textDateLine(&blocks[i+1], textDateBylineWords)
		return ok
	}))
}
