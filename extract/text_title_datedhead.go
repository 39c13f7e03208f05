package extract

import "slices"

// A company's story page can set a second heading a few blocks under its
// headline: "Corti introduces GIM: Benchmark-leading method for
// understanding AI model behavior" over its date line ("Dec 18, 2025"),
// a reading time, the company's name, the writer and two tags, then
// "GIM: Improved Interpretability for Large Language Models", the
// research summary's own heading, which shares two of the slug's words
// (…/gim-a-new-standard-for-mechanistic-interpretability) to the
// headline's one. With the URL the title model takes the second heading
// (1.46 against -0.17, 0386); without it, the headline. The date line
// right under the headline is the headline's; the heading taken has
// none near it.

// textDatedHeadReach is how many blocks over the line taken the dated
// headline may stand, and textDatedHeadGap how far under the line taken
// it may score, under the weights the title is chosen with. On the
// wcxb-dev flat pages read with their URL (1,497) a reach of 10 and a
// gap of 2 moved one title (0386, wrong to right); a reach of 20 with a
// gap of 4, or a reach of 10 with a gap of 6, moved the same one and no
// other (docs/quality/text-extraction-2.md, forty-sixth session).
const (
	textDatedHeadReach = 10
	textDatedHeadGap   = 2.0
)

// textTitleDatedHeadAbove returns the index of the block whose text names
// a page read with its URL when the line taken, at, has no date or
// byline within three blocks of it nor a date of its own, and exactly one
// title candidate within textDatedHeadReach blocks over it has a byline
// or date line right under it: that candidate, h, when it reads as a
// headline (no sentence, three words or more, not opening in lower case,
// not at's text), clears its bar (textTitleMinLogitAt) and scores less
// than textDatedHeadGap under at. Else at. Two dated candidates over the
// line taken are a listing's teasers, not a headline and its date; the
// date two blocks over the line taken is its own (a menu entry over
// "April 28, 2025", a category and the headline, 0263). Without the URL
// the rule is not asked: asked there it moved one article's wrong title
// to another wrong one (0452). As in textTitleNotHost only the title's
// text follows: the body, byline and date are read around at.
func textTitleDatedHeadAbove(c *textTitleCandidates, at int) int {
	if c.url == "" || at < 0 || textBylineOrDateIn(c.blocks, at-3, at+4) || textDateIn(c.blocks[at].text) {
		return at
	}
	t := slices.Index(c.cands, at)
	if t < 0 {
		return at
	}
	h, hk := -1, -1
	for k, i := range c.cands {
		if i < at-textDatedHeadReach || i >= at || !textBylineOrDateIn(c.blocks, i+1, i+2) {
			continue
		}
		if h >= 0 {
			return at
		}
		h, hk = i, k
	}
	if h < 0 {
		return at
	}
	b := &c.blocks[h]
	if b.sentEnd || b.words < 3 || b.text == c.blocks[at].text || opensLowerASCII(textTitleText(b)) {
		return at
	}
	z := textTitleLogit(&c.vecs[hk], c.w)
	if textTitleLogit(&c.vecs[t], c.w)-z >= textDatedHeadGap || z < textTitleMinLogitAt(h, c.first, c.clean) {
		return at
	}
	return h
}
