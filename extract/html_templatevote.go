package extract

import (
	"strings"

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
func voteTemplates(page []block, words [][]string, keep []bool) []bool {
	type tally struct {
		wordVote
		cards map[*html.Node]bool
	}
	groups := map[string]*tally{}
	sigs := make([]string, len(page))
	for i, b := range page {
		sig, card := templateOf(b.node)
		if card == nil {
			continue
		}
		sigs[i] = sig
		t := groups[sig]
		if t == nil {
			t = &tally{cards: map[*html.Node]bool{}}
			groups[sig] = t
		}
		t.add(len(words[i]), keep[i])
		t.cards[card] = true
	}
	out := append([]bool(nil), keep...)
	for i, sig := range sigs {
		if sig == "" {
			continue
		}
		t := groups[sig]
		if len(t.cards) < tmplMinCards {
			continue
		}
		if k, ok := t.verdict(tmplMinItems, tmplKeepShare, tmplDropShare); ok {
			out[i] = k
		}
	}
	return out
}

// templateOf returns the template a block's element n belongs to, the
// tags and class names (digits left out, so "post-1234" and "post-98"
// are one name) of n and the tmplLevels-1 elements above it, and the
// element above those, its card; a nil card when n lies too near the
// document's root.
func templateOf(n *html.Node) (string, *html.Node) {
	var sb strings.Builder
	for range tmplLevels {
		if n == nil {
			return "", nil
		}
		sb.WriteString(n.Data)
		sb.WriteByte('.')
		for _, c := range attr(n, "class") {
			if c < '0' || c > '9' {
				sb.WriteRune(c)
			}
		}
		sb.WriteByte('/')
		n = n.Parent
	}
	return sb.String(), n
}
