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
// page moves (docs/quality.md, thirty-third session). The flat path cuts
// its body at the same place (textCutAtBio), by bioTailCut and
// isWriterBio.
const (
	bioTailBlocks   = 6   // the body's last blocks read for a bio
	bioTailMaxShare = 0.2 // of the body's characters, the most cut
)

// cutAtBio returns bs without the first writer's bio among its last
// bioTailBlocks blocks (never the first block) and every block after it,
// when those hold at most bioTailMaxShare of the body's characters.
func cutAtBio(bs []block) []block {
	at := bioTailCut(len(bs), blocksLen(bs),
		func(i int) int { return len(bs[i].text) },
		func(i int) bool { return isWriterBioBlock(bs[i]) })
	if at < 0 {
		return bs
	}
	return bs[:at]
}

// bioTailCut is the place both paths cut a body of n paragraphs and
// total characters at: the first writer's bio (bio) among its last
// bioTailBlocks paragraphs, never the first, when it and what follows
// hold at most bioTailMaxShare of the characters (size gives a
// paragraph's); -1 when there is none.
func bioTailCut(n, total int, size func(int) int, bio func(int) bool) int {
	after := 0 // characters from the paragraph read to the end
	at := -1
	for i := n - 1; i >= 1 && i >= n-bioTailBlocks; i-- {
		after += size(i)
		if float64(after) > bioTailMaxShare*float64(total) {
			break
		}
		if bio(i) {
			at = i
		}
	}
	return at
}

// isWriterBioBlock reports a paragraph that is a writer's bio: a name of
// two words or more (bioFullName), a trade and "he" or "she"
// (textIsRoleBio), or such a name opening it with a trade in its first
// sentence (textIsWriterBio). A heading or a list item is never one: a
// list of what the writer did for the piece ("Dylan tested 17 presses")
// is the review's own account, which the gold keeps.
func isWriterBioBlock(b block) bool {
	return !b.heading && !b.item && isWriterBio(b.text)
}

// isWriterBio reports a paragraph s that opens with a full name
// (bioFullName) and reads as a writer's bio (textIsRoleBio or
// textIsWriterBio): the bio test of both paths' cuts.
func isWriterBio(s string) bool {
	return bioFullName(s) && (textIsRoleBio(s) || textIsWriterBio(s))
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
