package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A link card is one link around a small box of blocks: a linked post's
// title over its blurb and its site's name (a blog engine's bookmark
// card, a newsletter's embedded post, a "featured article" callout, a
// downloadable guide's tile). The renderer gives each of the box's parts
// a block of its own, all link text, and the block model keeps the blurb
// as the sentence it reads like. An ordinary link sits inside a
// paragraph, so a link around block elements is such a card. On the pages
// that state an article the wcxb-dev gold leaves these cards out.

// linkCardMinBlocks is the fewest rendered blocks (kept or not) one link
// must hold to be a card: a single block in a link is a heading under its
// anchor or a tile of a grid, which the gold keeps as often as not.
const linkCardMinBlocks = 2

// linkCardBlurbWords is the fewest words of a card's blurb, the block of
// the card that ends as a sentence (textEndsSentence). A box of short
// linked names ("Best overall cheap home security camera" over a model
// number) is a round-up's list of picks, and a tile whose only long line
// is a headline is a listing's; the gold keeps both.
const linkCardBlurbWords = 10

// linkCardMaxShare bounds the share of the page's kept words the cards
// hold: a page made of cards is a grid of them, not a story. Set on
// wcxb-dev's pages, and saying so: on the pages that state an article,
// the cards the gold leaves hold 1 to 2.5 % of the kept words, those it
// keeps (a service's feature tiles, a listing's and a shop's product
// tiles) 19 to 23 %.
const linkCardMaxShare = 0.1

// dropLinkCards returns keep without the kept blocks of link cards, when
// the page states an article (stated). On every page it took service
// pages' feature tiles and a collection's product tiles, which their gold
// keeps (docs/quality.md).
func dropLinkCards(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	card, blocks := linkCards(page, words)
	if len(blocks) == 0 {
		return keep
	}
	total, inCards := 0, 0
	for i := range page {
		if keep[i] {
			total += len(words[i])
			if card[i] != nil {
				inCards += len(words[i])
			}
		}
	}
	if inCards == 0 || float64(inCards) >= linkCardMaxShare*float64(total) {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i := range page {
		if card[i] != nil {
			out[i] = false
		}
	}
	return out
}

// linkCards returns, for each block, the card holding it (nil when none),
// and the cards with their rendered blocks: links around
// linkCardMinBlocks blocks or more of which one is a blurb
// (linkCardBlurbWords words or more, ending as a sentence).
func linkCards(page []block, words [][]string) ([]*html.Node, map[*html.Node]int) {
	card := make([]*html.Node, len(page))
	blocks := map[*html.Node]int{}
	blurb := map[*html.Node]bool{}
	near := map[*html.Node]*html.Node{}
	for i := range page {
		a := linkAround(page[i].node, near)
		if a == nil {
			continue
		}
		card[i] = a
		blocks[a]++
		if len(words[i]) >= linkCardBlurbWords && textEndsSentence(strings.TrimSpace(page[i].text)) {
			blurb[a] = true
		}
	}
	for a, n := range blocks {
		if n < linkCardMinBlocks || !blurb[a] {
			delete(blocks, a)
		}
	}
	for i, a := range card {
		if a != nil && blocks[a] == 0 {
			card[i] = nil
		}
	}
	return card, blocks
}

// linkAround returns the nearest <a href> above the block element n, or
// nil. near holds the answers of the elements walked before (nearestWhere).
func linkAround(n *html.Node, near map[*html.Node]*html.Node) *html.Node {
	if n == nil {
		return nil
	}
	return nearestWhere(n.Parent, near, func(e *html.Node) bool {
		return e.Data == "a" && hasHref(e)
	})
}

// hasHref reports whether the element n carries an href: a named anchor
// around a heading is no link.
func hasHref(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "href" {
			return true
		}
	}
	return false
}
