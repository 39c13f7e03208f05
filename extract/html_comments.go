package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropCommentThreads returns keep without the kept blocks inside a
// readers' comment thread (commentNamed), when the page's kept words
// outside such threads are at least as many as those inside. The model
// reads comment class names (cueComment) only on elements holding at
// most a quarter of the page's text (namedMaxShare), so a long thread
// under a story, the story's equal or more, reads as article text: its
// comments are sentences, often kept by go-trafilatura. When the thread
// outweighs the rest the page is more likely a discussion whose posts are
// the content (a forum whose opening post is set apart), and it stays.
//
// It drops the kept blocks inside a disclaimer (disclaimerNamed) too,
// whatever their share: the same walk up from each kept block reads both
// names. Those blocks count on neither side of the threads' ratio, since
// they go whatever it says.
func dropCommentThreads(page []block, words [][]string, keep []bool) []bool {
	in := make([]namedBox, len(page))
	inside, outside, disclaimed := 0, 0, 0
	boxes := boxMemo{}
	for i, b := range page {
		if !keep[i] {
			continue
		}
		in[i] = boxes.of(b.node)
		switch {
		case in[i]&boxDisclaimer != 0:
			disclaimed++
		case in[i]&boxComment != 0:
			inside += len(words[i])
		default:
			outside += len(words[i])
		}
	}
	threads := inside > 0 && float64(outside) >= commentThreadRatio*float64(inside)
	if !threads && disclaimed == 0 {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i := range out {
		if in[i]&boxDisclaimer != 0 || threads && in[i]&boxComment != 0 {
			out[i] = false
		}
	}
	return out
}

// commentThreadRatio is how many times the words kept inside comment
// threads the page's other kept words must be for the threads to go.
const commentThreadRatio = 1.5

// namedBox says which boxes dropCommentThreads takes out an element's
// class and id names, or those of an element around it, put a block in.
type namedBox uint8

const (
	boxComment    namedBox = 1 << iota // a readers' comment or a thread of them
	boxDisclaimer                      // a disclaimer: legal, pricing or affiliate fine print
)

// boxMemo holds the boxes elements are in (namedBoxOf's answer) for
// the page's blocks, which share most of their ancestors: each element's
// names are read once, not once for every kept block under it (the
// ancestor walks were 0.3% of the HTML path's instructions).
type boxMemo map[*html.Node]namedBox

// of returns the boxes n or an element around it, short of <body>, is
// named as (commentNamed, disclaimerNamed): n's own and its parent's.
func (m boxMemo) of(n *html.Node) namedBox {
	var stack [64]*html.Node
	path := stack[:0]
	var box namedBox
	for ; n != nil; n = n.Parent {
		if b, ok := m[n]; ok {
			box = b
			break
		}
		path = append(path, n)
	}
	for i := len(path) - 1; i >= 0; i-- {
		box |= ownBox(path[i])
		m[path[i]] = box
	}
	return box
}

// ownBox returns the boxes element n's own class and id name it as; none
// for <body>, <html> and nodes that are no element.
func ownBox(n *html.Node) namedBox {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return 0
	}
	var box namedBox
	class, id := classAndID(n)
	if commentNamed(class) || commentNamed(id) {
		box |= boxComment
	}
	if disclaimerNamed(class) || disclaimerNamed(id) {
		box |= boxDisclaimer
	}
	return box
}

// disclaimerNamed reports whether a class or id value holds a name one of
// whose parts (split at '-', '_' and '/') is "disclaimer" or
// "disclaimers": "disclaimer", "affiliate-disclaimer",
// "pdp-disclaimer", "feature-benefit__disclaimer", "disclaimer--trial".
// Sites set their fine print in such boxes (an affiliate notice, an
// offer's terms, a transcript's or an opinion blog's caveat, a maker's
// footnotes on a product page), which the wcxb-dev gold leaves out: of
// the words the body kept inside them, 0.76 page units outside the gold
// on articles against 0.02 in it (11 pages against 2). A part run into
// another word ("blockdisclaimer", a layout block holding a reference
// list on one page) does not count. "Disclosure" does not either: it
// names the fold widgets of shops too (a product page's whole
// description). eval extract --mode html: see docs/quality.md,
// seventeenth session.
func disclaimerNamed(v string) bool {
	if !hasFoldPiece(v, disclaimerPieces) {
		return false
	}
	for _, name := range strings.Fields(strings.ToLower(v)) {
		for _, p := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == '/' }) {
			if p == "disclaimer" || p == "disclaimers" {
				return true
			}
		}
	}
	return false
}

// disclaimerPieces is a piece every name disclaimerNamed takes holds
// (hasFoldPiece takes no "s").
var disclaimerPieces = newFoldPieces("claimer")

// commentNamed reports whether a class or id value holds a name whose
// parts (split at '-', '_' and '/') include one that says comment:
// "comment", "comments", "commentlist", "comment-content",
// "comment-949545", "md_comments". Names of four parts or more are
// slugs made from a heading ("respond-to-review-comments"), and names
// opening "has-", "no-" or "with-" state whether the page takes comments
// ("has-comments" on the article's own element); neither counts.
func commentNamed(v string) bool {
	// Nearly no class or id says comment: a search that builds no string
	// spares the lower-casing and splitting on every element above every
	// kept block.
	if !hasFoldPiece(v, commentPieces) {
		return false
	}
	for _, name := range strings.Fields(strings.ToLower(v)) {
		parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == '/' })
		if len(parts) == 0 || len(parts) > 3 {
			continue
		}
		switch parts[0] {
		case "has", "no", "with":
			continue
		}
		for _, p := range parts {
			if isCommentPart(p) {
				return true
			}
		}
	}
	return false
}

// isCommentPart reports whether one part of a name says comment:
// "comment" or "comments", alone, numbered, or run into a word for the
// box ("commentlist", "commentbody"), but not another word that starts
// alike ("commentary").
func isCommentPart(p string) bool {
	rest, ok := strings.CutPrefix(p, "comment")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "s")
	rest = strings.TrimRight(rest, "0123456789")
	switch rest {
	case "", "list", "listing", "body", "content", "area", "wrap", "wrapper", "container", "thread", "section":
		return true
	}
	return false
}

// commentPieces is the piece every name commentNamed takes holds.
var commentPieces = newFoldPieces("comment")
