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
func dropCommentThreads(page []block, words [][]string, keep []bool) []bool {
	in := make([]bool, len(page))
	inside, outside := 0, 0
	for i, b := range page {
		if !keep[i] {
			continue
		}
		in[i] = inCommentThread(b.node)
		if in[i] {
			inside += len(words[i])
		} else {
			outside += len(words[i])
		}
	}
	if inside == 0 || float64(outside) < commentThreadRatio*float64(inside) {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i := range out {
		if in[i] {
			out[i] = false
		}
	}
	return out
}

// commentThreadRatio is how many times the words kept inside comment
// threads the page's other kept words must be for the threads to go.
const commentThreadRatio = 1.5

// inCommentThread reports whether n or an element around it, short of
// <body>, is named as a comment or a list of them.
func inCommentThread(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		if commentNamed(attr(n, "class")) || commentNamed(attr(n, "id")) {
			return true
		}
	}
	return false
}

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
