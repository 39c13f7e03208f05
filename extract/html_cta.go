package extract

import "golang.org/x/net/html"

// A call to action is a small box a business sets among an article's
// paragraphs: "Want to win more jobs with less effort?" over a line
// selling the product and a button, or "Get quotes from up to 3 pros!"
// over a form. Templates name it by a class or id part "cta"
// ("wp-block-cta", "cta-box", "post_cta"). The block model reads it as
// text and keeps it; the wcxb-dev gold leaves it out. The name alone is
// not enough: some pages wrap the whole article in an element named so
// (an earlier hard drop of "cta" emptied two articles), so only a box of
// few words goes, set inside an <article> below the story's opening; and
// a service page that states an article sets its own offers in such boxes
// and its gold keeps them, as it keeps their link buttons. On wcxb-dev
// (eval extract --mode html) articles 0.96403 -> 0.96412 (even ids
// 0.96302 -> 0.96309, odd 0.96504 -> 0.96516), 9 pages up, none down, no
// other page moved (docs/quality.md, thirty-second session).

// ctaMaxWords is the most words (all its blocks, kept or not) a box
// named "cta" holds to be dropped: a heading, a sentence or two and a
// button. Longer boxes were articles or product lists.
const ctaMaxWords = 80

// ctaMinBefore is the fewest kept words, outside such boxes, above a box
// for it to go: a call to action interrupts or closes an article already
// under way. A box above the body is a service page's own offer (its
// hero, its figures), which the gold keeps.
const ctaMinBefore = 100

// ctaMaxLinks is the most link text a block of the box may carry to go:
// a button alone ("See how", "Watch demo") stays, as a service page's
// gold keeps it.
const ctaMaxLinks = 0.5

// dropCallsToAction returns keep without the kept blocks, mostly not
// link text, whose nearest element named "cta" holds ctaMaxWords words or
// fewer, lies inside an <article> and comes after ctaMinBefore kept words,
// when stated (the page states an article). On service pages and
// listings such a box is often the page's own offer, which their gold
// keeps: without stated, service pages fell (0709 -0.16).
func dropCallsToAction(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	near := map[*html.Node]*html.Node{}
	box, size := boxWords(page, words, func(n *html.Node) *html.Node { return nearestCTA(n, near) })
	if len(size) == 0 {
		return keep
	}
	out := keep
	before := 0 // kept words, outside the boxes, above block i
	for i := range page {
		if keep[i] && box[i] != nil && size[box[i]] <= ctaMaxWords && before >= ctaMinBefore &&
			nearestElement(box[i], "article") != nil && page[i].links < ctaMaxLinks {
			if &out[0] == &keep[0] {
				out = append([]bool(nil), keep...)
			}
			out[i] = false
		}
		if keep[i] && box[i] == nil {
			before += len(words[i])
		}
	}
	return out
}

// boxWords returns, for each block of page, the box boxOf finds it in
// (nil for none), and the words (words) of every box's blocks, kept or
// not: the size that dropCallsToAction and dropCaptionBlocks bound a box
// by.
func boxWords(page []block, words [][]string, boxOf func(*html.Node) *html.Node) ([]*html.Node, map[*html.Node]int) {
	box := make([]*html.Node, len(page))
	size := map[*html.Node]int{}
	for i := range page {
		if e := boxOf(page[i].node); e != nil {
			box[i] = e
			size[e] += len(words[i])
		}
	}
	return box, size
}

// nearestCTA returns n's nearest element (n itself or an ancestor) whose
// class or id has "cta" as a whole part ("cta-box", "post_cta"; not
// "octane", not "ctaBox": hasNamePart, as pop-ups are named), or nil.
// Reading every ancestor's names for every block cost the HTML path about
// 1 % of its instructions, hence the memo (nearestWhere).
func nearestCTA(n *html.Node, near map[*html.Node]*html.Node) *html.Node {
	return nearestWhere(n, near, func(e *html.Node) bool {
		class, id := classAndID(e)
		return hasNamePart(class, "cta") || hasNamePart(id, "cta")
	})
}

// nearestWhere returns n's nearest element (n itself or an ancestor) for
// which is holds, or nil. near memoises the answers of the elements
// walked (each element's nearest such element, itself when it is one), so
// the blocks of a page, which share most of their ancestors, walk each
// element once; one near map serves one predicate. The call-to-action
// boxes and the link cards (linkAround) both walk so.
func nearestWhere(n *html.Node, near map[*html.Node]*html.Node, is func(*html.Node) bool) *html.Node {
	var walked []*html.Node
	var found *html.Node
	for ; n != nil; n = n.Parent {
		if e, ok := near[n]; ok {
			found = e
			break
		}
		if n.Type != html.ElementNode {
			continue
		}
		walked = append(walked, n)
		if is(n) {
			found = n
			break
		}
	}
	for _, w := range walked {
		near[w] = found
	}
	return found
}
