package extract

import "golang.org/x/net/html"

// An <aside> is HTML's element for what is set beside the story: on a
// stated article the ones whose text the block model keeps are mostly a
// line or two of promotion or teaser ("Want to get fit and healthy?",
// "Prevent your screen from going dark as you follow along.", a related
// story's headline, "This article was edited by …"). A sidebar of prose
// the story sets apart on purpose (a fact box of a heading and two
// paragraphs) is longer, and the gold keeps it. So dropAsideBlocks drops
// the kept blocks of an <aside> that holds at most asideMaxWords kept
// words and under half of them all (a page that sets its story inside an
// <aside> keeps it). On wcxb-dev (eval extract --mode html), first on
// stated articles only: articles 0.96393 -> 0.96397 (even ids +0.00005,
// odd +0.00003), 7 pages of 7 sites up and none down; every aside the
// model keeps dropped whatever its size cost an article 0.053 (the fact
// box). Run on every page it takes a thread's quotes and link previews
// too (forums up), once the asides named as notes or author boxes are
// spared (spareNamedAsides; docs/quality.md).
const asideMaxWords = 40

// dropAsideBlocks returns keep without the kept blocks of the short
// asides (asideMaxWords), but for those named as a note or an author's
// box (spareNamedAsides).
func dropAsideBlocks(page []block, words [][]string, keep []bool) []bool {
	out := dropHeldBlocks(page, words, keep, "aside", func(held, total int) bool {
		return held <= asideMaxWords && 2*held < total
	})
	return spareNamedAsides(page, keep, out)
}

// nearestElement returns the nearest element named tag holding n (n
// itself included), or nil.
func nearestElement(n *html.Node, tag string) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.Data == tag {
			return n
		}
	}
	return nil
}
