package extract

import "slices"

// textTitleStatedOverDek returns the index of the block whose text
// names a page read without its URL when the line taken, at, stands
// right under a line the page states twice within textTwiceDekReach
// blocks over it (a section's label between the two copies: "Want a good
// EV? Here are the 20 best electric cars on sale right now" / "Electric"
// / the same headline / the dek taken): a headline set in the page's
// header and again over its standfirst names the page, the dek under it
// does not. The line over at must be a title candidate of
// textHeadDekWords words or more, no call to action (a product page's
// "Get started for free" button set twice over its pitch), no
// breadcrumb trail, and not stated
// again under at (a mail's preheader around its headline). With a URL
// the slug tells the two apart. Else at.
func textTitleStatedOverDek(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 2 || at >= len(c.blocks) {
		return at
	}
	over, taken := &c.blocks[at-1], &c.blocks[at]
	if over.words < textHeadDekWords || over.action || over.text == taken.text || textIsBreadcrumb(over) {
		return at
	}
	twice := false
	for j := at - 2; j >= max(0, at-1-textTwiceDekReach); j-- {
		twice = twice || c.blocks[j].text == over.text
	}
	if !twice || at+1 < len(c.blocks) && c.blocks[at+1].text == over.text || !slices.Contains(c.cands, at-1) {
		return at
	}
	return at - 1
}

// textTwiceDekReach is how many blocks over the headline its first copy
// may stand.
const textTwiceDekReach = 3
