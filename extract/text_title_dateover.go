package extract

import "slices"

// A blog post's page often states the site's name or a menu line over
// the post's own date and headline ("Engora Data Blog" / the blog's
// tagline / "Friday, December 19, 2025" / "Small adventures with small
// language models"; "Feeds Status updates Mastodon" / a menu / "Back to
// posts" / "June 6, 2021" / "A brief intro to git"). Without the URL's
// slug the title model takes the line over: the date two or three
// blocks under it reads to the model as its date, yet the date stands
// right over the headline, whose date it is.

// textDateOverGap is how far under the line taken the headline under the
// date may score, and textDateOverMargin how far under its bar
// (textTitleMinLogitAt), under the weights the title is chosen with. On
// the wcxb-dev flat pages read without their URL (1,497) a gap of 2
// reached three articles (0072 0437 0441), 4 and a margin of -0.5 a
// fourth (0307, its headline 3.08 under a podcast's name and 0.1 under
// its bar); wider gaps moved nothing more, a gap under 1 gave one
// (docs/quality/text-extraction-2.md, "Flat titles without the URL: the
// headline under its date", forty-second session).
const (
	textDateOverGap    = 4.0
	textDateOverMargin = -0.5
)

// textTitleUnderItsDate returns the index of the block whose text names
// a page read without a URL when the line taken, at, is dated only by
// the date line two or three blocks under it and that date line stands
// right over another title candidate, h: h is the headline the date
// belongs to. The line taken must have no byline or date right beside it
// (at-1, at+1) and no name right under it (a post's "Ethan Sawyer" under
// its headline, then its date and category, 4615); h must read as a
// headline (no sentence, three words or more, not opening in lower case
// as a forum's tags do, 0519) and have no date or byline of its own
// right under it (a listing's dated teasers, one under another's date,
// 2967), and score within textDateOverGap of the line taken and no more
// than textDateOverMargin under its bar. Else at. With the URL the rule
// is not asked: asked there it gained no article and moved a listing's
// wrong title. As in textTitleNotHost only the title's text follows:
// the body, byline and date are read around at.
func textTitleUnderItsDate(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 0 || at+4 >= len(c.blocks) {
		return at
	}
	if textBylineOrDateIn(c.blocks, at-1, at+2) || nameLike(c.blocks[at+1].text) {
		return at
	}
	d := at + 2
	if !textBylineOrDateIn(c.blocks, d, d+1) {
		d++
	}
	if !textBylineOrDateIn(c.blocks, d, d+1) || textIsByline(c.blocks[d].text) {
		return at
	}
	h := d + 1
	k, t := slices.Index(c.cands, h), slices.Index(c.cands, at)
	if k < 0 || t < 0 {
		return at
	}
	b := &c.blocks[h]
	if b.sentEnd || b.words < 3 || b.text == c.blocks[at].text || opensLowerASCII(textTitleText(b)) || textBylineOrDateIn(c.blocks, h+1, h+2) {
		return at
	}
	z := textTitleLogit(&c.vecs[k], c.w)
	if textTitleLogit(&c.vecs[t], c.w)-z >= textDateOverGap || z < textTitleMinLogitAt(h, c.first, c.clean)+textDateOverMargin {
		return at
	}
	return h
}
