package extract

import "golang.org/x/net/html"

// On a page that does not state an article (a forum thread, a manual, a
// listing) the short <aside>s the block model keeps are mostly what the
// thread quotes or embeds: a quote of an earlier post set in an aside
// above the reply, a link's preview card, a community's promotion box.
// The gold leaves them out. Two kinds of aside are the page's own text
// there: a footnote (<aside role="doc-footnote" class="footnote">, a
// manual's note under the paragraph that calls it) and a post's author
// column (the poster's name and rank beside the post, which the gold of
// a thread keeps). Their class and id names say so (cueNotes, cueByline,
// cueBio), so spareNamedAsides keeps them. On wcxb-dev (eval extract
// --mode html) forums 0.7567 -> 0.7608 (both halves up), 19 pages moved,
// one down; without the names' guard a manual's footnote and a thread's
// author column went, and documentation's even half fell
// (docs/quality.md).
const asideSpareCues = cueNotes | cueByline | cueBio

// spareNamedAsides returns after (keep once the short asides went) with
// the blocks of every aside that holds a dropped block named by
// asideSpareCues kept again: a block is dropped where keep holds it and
// after does not.
func spareNamedAsides(page []block, keep, after []bool) []bool {
	spare := map[*html.Node]bool{}
	for i := range page {
		if keep[i] && !after[i] && page[i].names&asideSpareCues != 0 {
			spare[nearestElement(page[i].node, "aside")] = true
		}
	}
	if len(spare) == 0 {
		return after
	}
	for i := range page {
		if keep[i] && !after[i] && spare[nearestElement(page[i].node, "aside")] {
			after[i] = true
		}
	}
	return after
}
