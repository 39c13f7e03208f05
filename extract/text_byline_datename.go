package extract

import "strings"

// A blog's or a project's meta line sets the date first and the writer
// after it, with a space or a separator between ("January 16, 2026 Jane
// Roe" right over the headline; "Dec. 19, 2025 · Jane Roe on behalf of
// the Docs team" right under it): the byline readings want "by" before
// the name, and the glued form (textNameAfterGluedDate) wants no space.

// textOnBehalf opens what may follow the writer's name in a dated meta
// line: the team the writer speaks for.
const textOnBehalf = " on behalf of "

// textNameAfterSpacedDate is the name (textSpacedDateName) on the line
// right under the headline at, or else on the line right over it
// (textDateNameBeside); or "".
func textNameAfterSpacedDate(blocks []textBlock, at int) string {
	return textDateNameBeside(blocks, at, textSpacedDateName)
}

// textDateNameBeside is the name read (a reading of a meta line of a
// date and a name) gives on the line right under the headline at, or
// else on the line right over it, of at most textDateBylineWords words;
// or "". A name whose every word the page writes in lower case is a
// category or a tag after the date ("June 3, 2025 Travel Tips",
// "June 3, 2025News"), not a writer.
func textDateNameBeside(blocks []textBlock, at int, read func(string) string) string {
	if at < 0 {
		return ""
	}
	for _, i := range [2]int{at + 1, at - 1} {
		if i < 0 || i >= len(blocks) || blocks[i].words > textDateBylineWords {
			continue
		}
		if name := read(blocks[i].text); name != "" && !textCommonWords(name, blocks) {
			return name
		}
	}
	return ""
}

// textSpacedDateName is the plain name of two or three words with no odd
// word that follows the first four-digit year of t, past a space and
// the separators of textNumDateSeps, when t up to the year is a date of
// at most four words (textDateIn) and the name ends t or textOnBehalf
// follows it; or "".
func textSpacedDateName(t string) string {
	k := strings.Index(t, " ")
	for k >= 0 && textDigitRun(t[:k]) != 4 {
		j := strings.Index(t[k+1:], " ")
		if j < 0 {
			return ""
		}
		k += 1 + j
	}
	if k < 0 || len(strings.Fields(t[:k])) > 4 || !textDateIn(t[:k]) {
		return ""
	}
	name := strings.TrimLeft(t[k:], textNumDateSeps)
	name, _, _ = strings.Cut(name, textOnBehalf)
	if n := len(strings.Fields(name)); n < 2 || n > 3 || !textPlainName(name) || textOddNameWords(name) {
		return ""
	}
	return name
}
