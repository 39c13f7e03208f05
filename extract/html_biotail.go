package extract

import "strings"

// A writer's bio under the story is not always the body's last block:
// more about the writer follows it ("When she's not leading the firm,
// …"), or a lender's or adviser's disclaimer, and dropTail, which walks
// from the body's end through end matter only, stops before it (it runs
// before dropFurniture's own filters, so a share bar those drop later can
// stand after a last bio and stop it too). cutAtBio, run at the end
// of bodyBlocks, cuts the body at a writer's bio among its last
// bioTailBlocks blocks when what it cuts is at most bioTailMaxShare of
// the body: what follows a bio under a story is the bio's box or the
// page's end matter. On wcxb-dev (eval extract --mode html) articles
// 0.96464 -> 0.96490 (even ids +0.00035, odd +0.00017), all pages up on
// both halves, 4 articles up and 2 down (bios the gold keeps), no other
// page moves (docs/quality.md, thirty-third session).
const (
	bioTailBlocks   = 6   // the body's last blocks read for a bio
	bioTailMaxShare = 0.2 // of the body's characters, the most cut
)

// cutAtBio returns bs without the first writer's bio among its last
// bioTailBlocks blocks (never the first block) and every block after it,
// when those hold at most bioTailMaxShare of the body's characters.
func cutAtBio(bs []block) []block {
	total := blocksLen(bs)
	after := 0 // characters from the block read to the end
	at := -1
	for i := len(bs) - 1; i >= 1 && i >= len(bs)-bioTailBlocks; i-- {
		after += len(bs[i].text)
		if float64(after) > bioTailMaxShare*float64(total) {
			break
		}
		if isWriterBioBlock(bs[i]) {
			at = i
		}
	}
	if at < 0 {
		return bs
	}
	return bs[:at]
}

// isWriterBioBlock reports a paragraph that is a writer's bio: a name of
// two words or more (bioFullName), a trade and "he" or "she"
// (textIsRoleBio), or such a name opening it with a trade in its first
// sentence (textIsWriterBio). A heading or a list item is never one: a
// list of what the writer did for the piece ("Dylan tested 17 presses")
// is the review's own account, which the gold keeps.
func isWriterBioBlock(b block) bool {
	return !b.heading && !b.item && bioFullName(b.text) && (textIsRoleBio(b.text) || textIsWriterBio(b.text))
}

// bioFullName reports whether s opens with two capitalised words, a
// first name and a surname ("Mira Tolland is …", "(Ivo Lindqvist is …"):
// a single one opens a listed firm or a testimonial's teacher as often
// ("Next is Harbour Movers, …", "Lauric is a fantastic drum teacher").
func bioFullName(s string) bool {
	first, rest, _ := strings.Cut(strings.TrimLeft(s, "(*"), " ")
	second, _, _ := strings.Cut(rest, " ")
	return opensUpper(first) && opensUpper(second)
}
