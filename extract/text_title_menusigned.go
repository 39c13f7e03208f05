package extract

import "slices"

// Read without its URL, a page whose title model takes a menu entry over
// the body's start has no slug to tell the headline under it
// (textTitleMenuOffSlug asks one). What tells it then is what the
// headline has and the menu entry has not: a byline or date beside or
// under it, and more of its words in the body's opening. The candidates
// under a menu that are signed are often the signatures themselves (a
// desk's "The Upwork Team", "Contributions From: …"), so a byline or a
// bare name is no headline here (docs/quality/text-extraction-2.md, the
// forty-second session's ttitle47 section, "without the URL, the slug
// tests dropped").

// textTitleMenuOverSigned returns the index of the block whose text
// names a page read without a URL when the line taken, at, stands over
// the body's first block in a run of menu entries (textInMenuRun) and
// does not open the article (textTitleOpens): the best candidate under
// it, to textTitleBelow blocks under first, at or over its bar, that
// stands in no menu run itself, is no sentence, holds three words or
// more, is no byline (textIsByline) and no name (nameLike), names more
// of the body's opening than the line taken (textTitleOverlapAt), and is
// dated or signed beside (textTitleDatedBeside) or under
// (textTitleSignedUnder); else at. With a URL textTitleMenuOffSlug asks
// the slug instead. As in textTitleNotHost only the title's text
// follows: the body, byline and date are read around at.
func textTitleMenuOverSigned(c *textTitleCandidates, at int) int {
	blocks, first := c.blocks, c.first
	if c.url != "" || at < 0 || at >= first || !textInMenuRun(blocks, at) || textTitleOpens(blocks, at) {
		return at
	}
	taken := slices.Index(c.cands, at)
	if taken < 0 {
		return at
	}
	overlap := c.vecs[taken][textTitleOverlapAt]
	return textTitleBestOther(c, at, func(blocks []textBlock, i int) bool {
		b := &blocks[i]
		if i <= at || i > first+textTitleBelow || b.sentEnd || b.words < 3 || textInMenuRun(blocks, i) {
			return true
		}
		if s := textTitleText(b); textIsByline(s) || nameLike(s) || textIsReviewCredit(b) || !textTitleDatedBeside(blocks, i) && !textTitleSignedUnder(blocks, i) {
			return true
		}
		return c.vecs[slices.Index(c.cands, i)][textTitleOverlapAt] <= overlap
	}) // text_title_field.go
}
