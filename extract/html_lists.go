package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An ordered list's items are numbered by the browser, not in the text,
// and the number is part of what a reader sees: "1. Going Zero Waste".
// The wcxb-dev gold mostly writes them so: of the <ol> items on article
// pages whose first words the gold holds, 785 have their number before
// them and 636 not (many of those breadcrumbs and contents lists whose
// words the gold holds as subheads), against 85 numbered of 17,111 <ul>
// items. A body that leaves the number out loses the word 4-grams around
// it on every item. eval extract --mode html: articles 0.95921 ->
// 0.95959 (even ids 0.95853 -> 0.95901, odd 0.95989 -> 0.96017), all
// pages 0.82253 -> 0.82294, every type level or up (docs/quality.md).

// itemNumberer numbers the items of ordered lists as joinBlocks meets
// them, in page order: it remembers the last item it numbered, so that
// each <li> of a long list is counted once rather than from the list's
// start at every item.
type itemNumberer struct {
	li *html.Node
	k  int
}

// number is the number a list item shows: its place among the <li>
// children of its <ol>, counted from the list's start attribute. It
// reports false for a block that opens no <li> of an <ol> (itemOf), and
// for one whose text opens with a number of its own ("1. Adobe
// Premiere", "2) Fold it"), which would then be written twice.
func (c *itemNumberer) number(b block) (int, bool) {
	n := itemOf(b)
	if n == nil || n.Parent == nil || tagAtom(n.Parent) != atom.Ol {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(b.text, unicode.IsSpace)); unicode.IsDigit(r) {
		return 0, false
	}
	k, before := listStart(n.Parent), 0 // before: the <li> siblings counted
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s == c.li {
			k = c.k + 1
			break
		}
		if s.Type == html.ElementNode && tagAtom(s) == atom.Li {
			before++
		}
	}
	k += before
	c.li, c.k = n, k
	return k, true
}

// listStart is the number an <ol>'s first item shows: its start
// attribute, else 1.
func listStart(ol *html.Node) int {
	if k, err := strconv.Atoi(strings.TrimSpace(attr(ol, "start"))); err == nil {
		return k
	}
	return 1
}

// itemOf is the <li> a block opens: its own element, or the one whose
// first child element holds it ("<li><p>Check the tide tables</p>"), or
// nil.
func itemOf(b block) *html.Node {
	n := b.node
	if n == nil || tagAtom(n) == atom.Li {
		return n
	}
	li := n.Parent
	if li == nil || tagAtom(li) != atom.Li {
		return nil
	}
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c == n {
				return li
			}
			return nil
		}
		if strings.TrimSpace(c.Data) != "" {
			return nil // the item's own text comes first: the block is not its opening
		}
	}
	return nil
}
