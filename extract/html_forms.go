package extract

import "golang.org/x/net/html"

// A form beside a story is a widget: a calculator's steps ("What is your
// industry?"), a product comparison's rows ("Compare:" over each name), a
// review form's fine print. The block model reads its prompts as short
// prose and keeps some. Where the page states an article, dropFormBlocks
// drops the kept blocks of a form that holds under formMaxShare of the
// kept words. A forum sets its posts inside a moderation form, which then
// holds nearly all it keeps, and stays. On wcxb-dev (eval extract --mode
// html) articles 0.96371 -> 0.96386 (even ids +0.00010, odd +0.00021),
// products +0.0034 / +0.0019, 7 pages up and none down; the share is
// flat from 0.5 to 0.9 and at 0.25 loses two of them. On every page,
// stated or not, services and products each lost pages (docs/quality.md).
const formMaxShare = 0.5

// dropFormBlocks returns keep without the kept blocks of the small forms
// (formMaxShare), when stated (the page states an article).
func dropFormBlocks(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	return dropHeldBlocks(page, words, keep, "form", func(held, total int) bool {
		return float64(held) < formMaxShare*float64(total)
	})
}

// dropHeldBlocks returns keep without the kept blocks inside an element
// named tag (the nearest one) whose kept words, against the page's,
// small reports small: the one walk dropFormBlocks and dropAsideBlocks
// share.
func dropHeldBlocks(page []block, words [][]string, keep []bool, tag string, small func(held, total int) bool) []bool {
	within, held, total := tallyKept(page, words, keep, func(n *html.Node) []*html.Node {
		if e := nearestElement(n, tag); e != nil {
			return []*html.Node{e}
		}
		return nil
	})
	if len(held) == 0 {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i, es := range within {
		if len(es) > 0 && small(held[es[0]], total) {
			out[i] = false
		}
	}
	return out
}

// tallyKept returns, for each kept block, the elements that around finds
// for its node, the kept words each of those elements holds, and the
// kept words of the page: the walk shared by the rules that drop what
// one kind of element keeps (forms, asides, pop-ups).
func tallyKept(page []block, words [][]string, keep []bool, around func(*html.Node) []*html.Node) (within [][]*html.Node, held map[*html.Node]int, total int) {
	within = make([][]*html.Node, len(page))
	held = map[*html.Node]int{}
	for i := range page {
		if !keep[i] {
			continue
		}
		total += len(words[i])
		within[i] = around(page[i].node)
		for _, e := range within[i] {
			held[e] += len(words[i])
		}
	}
	return within, held, total
}
