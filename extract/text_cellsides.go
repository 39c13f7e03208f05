package extract

import "strings"

// A flattened table or list between two kept lines comes back whole when
// both lines read as its cells (textKeepTableCells), and a side was one the
// page states once: a line stated again is a shop grid's price or a
// forum's button as often as a cell. But an article names its sections
// twice (in its contents list and over each section), sets one label over
// each entry of a round-up ("Services Offered:") and repeats a figure down
// a table's rows by chance ("4.7", "320g"): the model keeps such a side
// and drops the short lines beside it, and the run between two of them
// was lost. What tells them from a thread's post header or a seller's
// ratings, whose sides repeat too, is the run itself: a post header's
// dropped lines between its kept ones are one or two (a rank, a badge
// count), a table's or a list's are more; and the header's kept side is
// its vote count, a bare number.

// textRepeatedSideMinRun is the shortest run of dropped lines that a side
// the page states again may close. On the wcxb-dev flat pages, with the
// other tests of textCellSides, at 2 forums (a name, a member rank and a
// count between a poster's name and the post's stamp) and products (a
// seller's two rating labels over a rating) fell; at 4 articles kept half
// the gain of 3 (docs/quality.md, thirty-fourth session).
const textRepeatedSideMinRun = 3

// textCellSides reports whether the kept blocks i and j may close a run of
// cells: both short lines that are no sentence (textIsTableCell), each
// stated once on the page, or, on a page the block model reads as an
// article, around a run of textRepeatedSideMinRun lines or more, each
// stated once or a repeated side (textIsRepeatedSide).
func textCellSides(blocks []textBlock, i, j int, article bool) bool {
	a, b := &blocks[i], &blocks[j]
	if !textIsTableCell(a) || !textIsTableCell(b) {
		return false
	}
	if a.dup == 0 && b.dup == 0 {
		return true
	}
	return article && j-i-1 >= textRepeatedSideMinRun && textIsRepeatedSide(a) && textIsRepeatedSide(b)
}

// textIsRepeatedSide reports whether b may close a run though the page may
// state it again: stated once, or a short line (textCellRepeatWords) of
// one word or more that is not a bare count alone (textIsBareCount: "34",
// "10,450", a post's votes, a member's posts). A line of marks alone (".",
// "✅") has no word: it is a widget's.
func textIsRepeatedSide(b *textBlock) bool {
	return b.dup == 0 || b.words > 0 && b.words <= textCellRepeatWords && !textIsBareCount(b.text)
}

// textIsBareCount reports whether s is a whole number alone, its
// thousands set apart by commas or not.
func textIsBareCount(s string) bool {
	if s == "" || s[0] == ',' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' {
			return false
		}
	}
	return true
}

// textGluedField returns where the colon of a label glued to its value
// stands in s ("Filter:All ratings", a flattened control's label and its
// choice), -1 when s has none: its first colon, right before a capital.
func textGluedField(s string) int {
	c := strings.IndexByte(s, ':')
	if c < 0 || c+1 >= len(s) || s[c+1] < 'A' || s[c+1] > 'Z' {
		return -1
	}
	return c
}
