package extract

import "strings"

// A name or a desk set under the headline's date, over the article's
// first paragraph ("Human input crucial to maximise effectiveness of
// AI" / "19 Dec, 2025" / "Newsdesk" / "For several years, …"; "Top
// Mental Health Tips for 2025" / "January 14, 2025" / "Staff
// Clinician"). textNameUnderHeadline reads a name between the headline
// and its date, not under the date; there a section's first heading is
// set as often ("Motivation", "Introduction"), so the line must read as
// a writer's and the paragraph under it open the article.

// textNameUnderHeadlineDate is the line at+2 where the block at is the
// headline, at+1 a date line (textDateLine) and at+3 a paragraph of
// textBylineProseWords words or more, when the line reads as a writer's
// that the readings before leave: a staff desk (textIsStaffDesk) or one
// word (textOneName) that the page sets again (textSetAgain). A plain
// name beside the date is textFindAuthor's. Else "".
func textNameUnderHeadlineDate(blocks []textBlock, at int) string {
	if at < 0 || at+3 >= len(blocks) || blocks[at+3].words < textBylineProseWords {
		return ""
	}
	if _, ok := textDateLine(&blocks[at+1], textDateBylineWords); !ok {
		return ""
	}
	b := &blocks[at+2]
	if b.words > 4 || b.sentEnd {
		return ""
	}
	t := b.text
	if textIsStaffDesk(t) || textOneName(t, blocks) && textSetAgain(blocks, at+2) {
		return t
	}
	return ""
}

// textSetAgain reports whether another block than i opens with block
// i's text as a line of its own: a one-word name under the date is
// the writer's when the page sets it again over its card or its
// signature ("Newsdesk" / "news@…" at the article's end); a section's
// first heading set there ("Motivation" over the first paragraph) is
// set once.
func textSetAgain(blocks []textBlock, i int) bool {
	t := blocks[i].text
	for j := range blocks {
		if j != i && strings.HasPrefix(blocks[j].text, t) && (len(blocks[j].text) == len(t) || blocks[j].text[len(t)] == '\n') {
			return true
		}
	}
	return false
}

// textIsStaffDesk reports whether t is "Staff" and one word of a name
// (textNameWord: "Staff Writer", "Staff Clinician"), a desk that signs
// for its staff; nameLike refuses it, "Staff" being a job word.
func textIsStaffDesk(t string) bool {
	first, rest, ok := strings.Cut(t, " ")
	return ok && first == "Staff" && textNameWord(rest, false)
}
