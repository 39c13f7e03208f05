package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A page sets many things with one template: the cards of a product
// round-up (name, "Pros", its list, "Read our full review"), the posts
// and replies of a thread, teaser cards under a story, the meta lines
// of each comment. The block model decides each block alone, so a
// template's instances part ways: most of a round-up's card labels kept
// and one dropped for reading like a button, most of a comment thread's
// lines dropped and its longest replies kept for reading like prose.
// voteTemplates is voteLists for such templates: blocks whose element
// and the two elements above it carry the same tags and class names
// (digits aside), found in tmplMinCards or more distinct elements (the
// cards) and tmplMinItems or more times, are set together: all kept when
// tmplKeepShare of their words are kept, all dropped when tmplDropShare
// or fewer are. The article's own paragraphs share one element and are
// never a template of cards. On wcxb-dev (eval extract --mode html),
// against keep/drop shares 2/3, 0.75, 0.8, 0.85, 0.9 with a drop share of
// 1/3: articles (even / odd ids) +0.00101 / +0.00019, +0.00101 /
// +0.00021, +0.00097 / +0.00018, +0.00087 / +0.00039, +0.00088 /
// +0.00039; products fall below 0.85 (-0.0002 at 2/3 and 0.75),
// forums' odd half at 2/3 (-0.0020). Drop shares of 0.25, 0.2 and 0.1
// gain less on articles; two levels of elements cost even articles,
// four cost odd all pages (docs/quality.md).
const (
	tmplLevels    = 3
	tmplMinCards  = 3
	tmplMinItems  = 4
	tmplKeepShare = 0.85
	tmplDropShare = 1.0 / 3
)

// voteTemplates returns keep with the blocks of each template set by
// the template's vote (above). words are the blocks' (blockWords).
// Each block's template is written into one reused buffer and looked up
// without a string unless it is new, and a template counts its cards only
// up to tmplMinCards, all the vote asks: the string per block and the map
// of cards per template were 0.6% of the HTML path's instructions.
func voteTemplates(page []block, words [][]string, keep []bool) []bool {
	index := map[string]int{}
	var tallies []templateTally
	group := make([]int, len(page))
	var buf []byte
	for i, b := range page {
		var card *html.Node
		buf, card = appendTemplate(buf[:0], b.node)
		group[i] = -1
		if card == nil {
			continue
		}
		g, ok := index[string(buf)]
		if !ok {
			g = len(tallies)
			index[string(buf)] = g
			tallies = append(tallies, templateTally{})
		}
		group[i] = g
		tallies[g].add(len(words[i]), keep[i], card)
	}
	out := append([]bool(nil), keep...)
	for i, g := range group {
		if g < 0 {
			continue
		}
		t := &tallies[g]
		if t.nCards < tmplMinCards {
			continue
		}
		if k, ok := t.verdict(tmplMinItems, tmplKeepShare, tmplDropShare); ok {
			out[i] = k
		}
	}
	return out
}

// templateTally is a template's word vote and its first tmplMinCards
// distinct cards.
type templateTally struct {
	wordVote
	cards  [tmplMinCards]*html.Node
	nCards int
}

// add counts a block of words words, kept or dropped, in card.
func (t *templateTally) add(words int, kept bool, card *html.Node) {
	t.wordVote.add(words, kept)
	if t.nCards == len(t.cards) {
		return
	}
	for _, c := range t.cards[:t.nCards] {
		if c == card {
			return
		}
	}
	t.cards[t.nCards] = card
	t.nCards++
}

// appendTemplate appends to buf the template a block's element n belongs
// to, the tags and class names (digits left out, so "post-1234" and
// "post-98" are one name) of n and the tmplLevels-1 elements above it,
// and returns the element above those, its card; a nil card when n lies
// too near the document's root. A byte that is not UTF-8 is written as
// U+FFFD, as ranging over the class name gives it.
func appendTemplate(buf []byte, n *html.Node) ([]byte, *html.Node) {
	for range tmplLevels {
		if n == nil {
			return buf, nil
		}
		buf = append(buf, n.Data...)
		buf = append(buf, '.')
		class := attr(n, "class")
		for i := 0; i < len(class); {
			c := class[i]
			if c < utf8.RuneSelf {
				if c < '0' || c > '9' {
					buf = append(buf, c)
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(class[i:])
			buf = utf8.AppendRune(buf, r)
			i += size
		}
		buf = append(buf, '/')
		n = n.Parent
	}
	return buf, n
}
