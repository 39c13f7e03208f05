package extract

import (
	"slices"
	"strings"
)

// textTitleUnderPreheader returns the index of the block whose text names
// a mail read as a page (a newsletter through a feed reader) when the line
// taken, at, is its dek stated a second time: a mail opens with its
// preheader, the preview line a mail client shows after the subject, and
// a newsletter sets its dek there, then the headline, then the dek again
// over the byline ("Three simple tools will save you hours—plus, …" /
// "How AI Can Cut Your Planning Cycle From Two Weeks to Two Days" / the
// same dek over "by Austin Tedesco", 0468). The two copies of the dek
// score alike and the model takes the lower; the feed's address is an
// entry's id, so no slug tells the lines apart. The line over at is the
// headline when the page's first block is the line taken's first line,
// two blocks over it, and the line between is a title candidate of
// textHeadDekWords words or more, no sentence and no breadcrumb trail.
// textTitleHeadOverDek leaves this layout alone (its test for a
// preheader) because a dek over its headline is no preheader there; this
// rule needs the copy on the page's first line. Else at.
func textTitleUnderPreheader(c *textTitleCandidates, at int) int {
	if at != 2 {
		return at
	}
	head, over, taken := &c.blocks[0], &c.blocks[1], &c.blocks[2]
	first, _, _ := strings.Cut(taken.text, "\n")
	if first != head.text || over.words < textHeadDekWords || over.sentEnd || textIsBreadcrumb(over) || !slices.Contains(c.cands, 1) {
		return at
	}
	return 1
}
