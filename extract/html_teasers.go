package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Teaser cards: a grid of links to other stories set after the article,
// each card a linked headline, often over a few lines of excerpt. The
// excerpts read as prose and readability often takes the grid with the
// story ("More from the blog", a carousel of posts), so the model keeps
// them. What marks them is the set, not the words: three or more sibling
// elements alike (same tag and class), each short, each with a linked
// headline.
//
// A card needs no excerpt: sets of headlines alone (a "Most read" box,
// related case studies) are the same furniture, and the sets inside a
// story stay whatever their cards hold (dropTeaserTail). Asking for an
// excerpt as well left such sets in; without it wcxb-dev moved three
// pages, none an article (docs/quality.md).
const (
	teaserMinCards  = 3 // cards in a set
	teaserHeadWords = 3 // words in a linked headline
	// teaserMaxWords is the most words one element of a set holds: a card
	// is a headline and a few lines of excerpt. 100 let a card whose
	// excerpt runs to a paragraph (109 words) void its whole set; at 150
	// and 200 wcxb-dev moved alike.
	teaserMaxWords = 150
	// teaserFullShare is the share of a set's elements that must be whole
	// cards (with a linked headline), teaserMinCards of them at least: one
	// card whose headline the page left empty no longer voids the set, and
	// its blocks go with the rest.
	// On wcxb-dev 2/3 and 1/2 moved the same page (a listing, +0.029).
	teaserFullShare = 2.0 / 3
	// teaserStoryRatio is how many times the words kept in teaser sets
	// the page's other kept words must be: on a page that is mostly
	// cards (a listing, a blog's front page) the cards are the content.
	teaserStoryRatio = 3
	// teaserStatedRatio is teaserStoryRatio on a page that states it is
	// an article: a short story over a grid of cards as long as it is
	// still the story. Of the wcxb-dev pages that state an article and
	// keep cards after their story, the rest outweighs the cards between
	// once and three times on one (2.3 times: an article whose gold holds
	// no card) and under once on six (listings and a deals page, whose
	// cards are the page); at 0 four of those six lost their cards (one
	// listing's F1 by 0.63).
	teaserStatedRatio = 1
)

// teaserCard is what one element holds, as far as teaser sets go.
type teaserCard struct {
	words  int
	head   bool
	blocks []int
}

// teaserKey groups sibling elements alike: the same parent, tag and class.
type teaserKey struct {
	parent *html.Node
	tag    string
	class  string
}

// dropTeaserTail returns keep without the kept blocks of teaser sets
// (teaserBlocks) that come after the last kept block outside them, when
// the page's other kept words are teaserStoryRatio times theirs
// (teaserStatedRatio when the page states it is an article). Sets inside
// the story (a story told in cards, a list of picks) stay.
func dropTeaserTail(page []block, words [][]string, keep []bool, statesArticle bool) []bool {
	card := teaserBlocks(page, words)
	if len(card) == 0 {
		return keep
	}
	inside, outside, last := 0, 0, -1
	for i, k := range keep {
		switch {
		case !k:
		case card[i]:
			inside += len(words[i])
		default:
			outside += len(words[i])
			last = i
		}
	}
	ratio := teaserStoryRatio
	if statesArticle {
		ratio = teaserStatedRatio
	}
	if inside == 0 || outside < ratio*inside {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i := last + 1; i < len(out); i++ {
		if card[i] {
			out[i] = false
		}
	}
	return out
}

// teaserBlocks marks the blocks inside teaser sets: teaserMinCards or
// more elements under one parent with the same tag and class, each of
// at most teaserMaxWords words holding a linked headline (a heading of
// teaserHeadWords words or more, mostly link text, not the button of a
// fold).
func teaserBlocks(page []block, words [][]string) map[int]bool {
	// Each card of a set holds its own linked headline: a page with fewer
	// than teaserMinCards has no set, and most pages are spared the walk
	// up from every block.
	heads := 0
	for i, b := range page {
		if teaserHead(b, len(words[i])) {
			heads++
		}
	}
	if heads < teaserMinCards {
		return nil
	}
	cards := map[*html.Node]*teaserCard{}
	for i, b := range page {
		w := len(words[i])
		head := teaserHead(b, w)
		for n := b.node; n != nil && n.Parent != nil; n = n.Parent {
			if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main {
				break
			}
			if n.Type != html.ElementNode {
				continue
			}
			c := cards[n]
			if c == nil {
				c = &teaserCard{}
				cards[n] = c
			}
			c.words += w
			c.head = c.head || head
			// A card over teaserMaxWords fails its set (teaserSet), so
			// its blocks are never read: the elements high in the page
			// would otherwise list nearly every block.
			if c.words <= teaserMaxWords {
				c.blocks = append(c.blocks, i)
			}
		}
	}
	sets := map[teaserKey][]*teaserCard{}
	for n, c := range cards {
		k := teaserKey{n.Parent, n.Data, attr(n, "class")}
		sets[k] = append(sets[k], c)
	}
	marked := map[int]bool{}
	for _, set := range sets {
		if !teaserSet(set) {
			continue
		}
		for _, c := range set {
			for _, i := range c.blocks {
				marked[i] = true
			}
		}
	}
	return marked
}

// teaserHead reports whether b, of w words, is a card's linked headline:
// a heading of teaserHeadWords words or more, mostly link text, that is
// not the button of a fold.
func teaserHead(b block, w int) bool {
	return b.heading && b.links >= 0.5 && w >= teaserHeadWords && !inFoldButton(b.node)
}

// teaserSet reports whether a set of siblings alike is a set of teaser
// cards: no element over teaserMaxWords, and teaserMinCards or more of
// them, teaserFullShare of the set at least, with a linked headline.
func teaserSet(set []*teaserCard) bool {
	if len(set) < teaserMinCards {
		return false
	}
	full := 0
	for _, c := range set {
		if c.words > teaserMaxWords {
			return false
		}
		if c.head {
			full++
		}
	}
	return full >= teaserMinCards && float64(full) >= teaserFullShare*float64(len(set))
}

// inFoldButton reports whether a heading sits in a fold (an accordion,
// a tab): its link opens the answer under it, not another page.
func inFoldButton(n *html.Node) bool {
	for i := 0; n != nil && i < 4; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		for _, c := range []string{"accordion", "collaps", "toggle", "tabpanel", "tab-pane", "drawer"} {
			if strings.Contains(names, c) {
				return true
			}
		}
	}
	return false
}
