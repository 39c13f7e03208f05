package extract

import "golang.org/x/net/html"

// A list of sources closes many explainers: numbered references ("Akbaraly
// TN, Ferrie JE … 2009"), "consulted on October 22, 2025" citations, or
// further reading ("Wine Folly - Wine Basics: a comprehensive guide …"),
// each item a line of prose with a link or two in it. It comes after the
// story's last paragraph, in an <ol>. The block model reads the items as
// prose and keeps them; the wcxb-dev gold leaves them out. A short list
// there (a registration's two steps, a standard's one citation, a
// reference page's four elements) is the page's own, and the gold keeps
// it: only a list of sourceMinItems such items goes.

// sourceMinLinks and sourceMaxLinks bound the link share of a source item:
// a citation carries a link (its URL or its title) among plain words. An
// item with no link is a numbered step or point of the story; an item all
// link is a list of links the other rules judge.
const (
	sourceMinLinks = 0.05
	sourceMaxLinks = 0.5
)

// sourceMinItems is the fewest such kept items one <ol> holds for them
// to go. Set on wcxb-dev's pages, and saying so: the lists the gold keeps
// held 1 to 4 (0053, 0250, 2865), those it leaves 5 or more.
const sourceMinItems = 5

// dropSourceLists returns keep without the kept items, part link, of an
// ordered list of sourceMinItems such items or more that come after the
// body's last long paragraph (a <p> of ten words or more). Every page:
// the lists are the same on articles that state themselves and those that
// do not.
func dropSourceLists(page []block, words [][]string, keep []bool) []bool {
	last := -1
	for i := range page {
		if keep[i] && len(words[i]) >= 10 && page[i].node != nil && page[i].node.Data == "p" {
			last = i
		}
	}
	if last < 0 {
		return keep
	}
	list := make(map[int]*html.Node)
	items := make(map[*html.Node]int)
	for i := last + 1; i < len(page); i++ {
		if keep[i] && page[i].links >= sourceMinLinks && page[i].links < sourceMaxLinks {
			if ol := orderedListOf(page[i].node); ol != nil {
				list[i] = ol
				items[ol]++
			}
		}
	}
	out := keep
	for i, ol := range list {
		if items[ol] < sourceMinItems {
			continue
		}
		if &out[0] == &keep[0] {
			out = append([]bool(nil), keep...)
		}
		out[i] = false
	}
	return out
}

// orderedListOf returns n's parent or grandparent when it is an <ol> (n
// is the item itself or a block inside it), else nil.
func orderedListOf(n *html.Node) *html.Node {
	for k := 0; k < 2 && n != nil; k++ {
		n = n.Parent
		if n != nil && n.Type == html.ElementNode && n.Data == "ol" {
			return n
		}
	}
	return nil
}
