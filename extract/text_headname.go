package extract

// The writer's name alone over the article: a flattened page's byline
// block leaves the name on a line of its own ("Josef Průša", "Elliot
// Raba") among the body's first lines, above or just under the first
// paragraph, and the block models keep it as a short line there. The
// byline readings take the name as the page's author; the body keeps
// the line. Over the wcxb-dev flat pages the body's first three lines
// hold the page's author's name alone on sixteen articles of sixteen
// sites, none of them in the gold's text.
//
// What it must not touch: a forum's first post opens with its poster's
// name, which is the page's author there and stands in the gold, with
// the post's date under it ("Mod Sharon", "28/11/2025 at 7:07 pm"),
// which stays in the body as one of the page's several date lines, so a
// name over a date line that stays stays too (an article's one date
// line under its byline leaves the body in textLeaveOut); a name that
// stands again lower in the body (a forum's poster answering, a writer
// quoted) stays; a one-word author is as often a site's or a word of
// the article (textAuthorBoxName reads it so), so the author has two
// words or more. The name is the whole author the page gives, compared
// byte for byte: the byline's, or on a page with none the name over a
// writer's bio or a later byline (textBlockOdds.boxAuthor), which is
// the author only after the body (0018's and 4815's names over the
// body, where the name's bio box under the article or its later byline
// gave the author).

// textHeadNameReach is how many of the body's first staying paragraphs
// textLeaveOutHeadName reads.
const textHeadNameReach = 3

// textLeaveOutHeadName marks the one-line block, among the first
// textHeadNameReach paragraphs that stay, that is the page's author
// alone (textHeadNameAt), when the author has two words or more, the
// kept line under it is no date line that stays (textDateStaysUnder) and
// no other staying paragraph is the same name (textStatesAgain).
func textLeaveOutHeadName(blocks []textBlock, keep, out []bool, author string) {
	if textAuthorBoxName(author) == "" {
		return
	}
	name := textHeadNameAt(blocks, keep, out, author)
	if name >= 0 && !textDateStaysUnder(blocks, keep, out, name) && !textStatesAgain(blocks, keep, out, name) {
		out[name] = true
	}
}

// textHeadNameAt is the index of the one-line block among the first
// textHeadNameReach that stay whose text is author, or -1.
func textHeadNameAt(blocks []textBlock, keep, out []bool, author string) int {
	for i, k := 0, 0; i < len(blocks) && k < textHeadNameReach; i++ {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		k++
		if !blocks[i].lines && blocks[i].text == author {
			return i
		}
	}
	return -1
}

// textDateStaysUnder reports whether the first kept block under block i
// is a date line (textIsDateOnly) not left out: a forum post's date
// under its poster's name.
func textDateStaysUnder(blocks []textBlock, keep, out []bool, i int) bool {
	for j := i + 1; j < len(blocks); j++ {
		if keep[j] {
			return !out[j] && textIsDateOnly(&blocks[j])
		}
	}
	return false
}

// textStatesAgain reports whether a block under block i that stays has
// its text: the name stated again lower in the body.
func textStatesAgain(blocks []textBlock, keep, out []bool, i int) bool {
	for j := i + 1; j < len(blocks); j++ {
		if blocks[j].text == blocks[i].text && textStays(blocks, keep, out, j) {
			return true
		}
	}
	return false
}
