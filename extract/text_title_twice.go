package extract

import "slices"

// The shape textTitleDoubledOver reads: the line taken at most
// textDoubledReach blocks above the body's first, and right over it a
// title candidate of at least two words scoring at least textDoubledMin
// under the weights the page's title is chosen with. On the wcxb-dev flat
// pages the lines stated twice in a row over the line taken are menu
// labels ("Sold out", "On this page", "ESPAÑOL ENGLISH", −5.2 to −8.3)
// or a line far above the body, where the two headlines score −0.9 to
// −4.8 (docs/quality.md, thirty-seventh session, "a headline stated twice
// over its dek").
const (
	textDoubledReach = 2
	textDoubledMin   = -5.0
)

// textTitleDoubledOver returns the index of the block whose text names
// the page when the line taken, at, stands right over the body and has
// right above it a headline the page states twice in a row
// ("Affordable nutrition", "Affordable nutrition", then "Sustainable
// concepts for affordable nutrition"): set once as a hero's caption or a
// trail's end and once as the heading, the doubled line is the headline
// and the line taken its dek, which the title model scores the higher
// for its length. Else at. As in textTitleNextToCrumbs only the title's
// text follows: the body, byline and date are read around at.
func textTitleDoubledOver(c *textTitleCandidates, at int) int {
	if at < 2 || at >= c.first || c.first-at > textDoubledReach {
		return at
	}
	b := &c.blocks[at-1]
	if b.words < 2 || b.text != c.blocks[at-2].text {
		return at
	}
	k := slices.Index(c.cands, at-1)
	if k < 0 || textTitleLogit(&c.vecs[k], c.w) < textDoubledMin {
		return at
	}
	return at - 1
}
