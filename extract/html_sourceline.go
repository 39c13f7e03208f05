package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A chart's or picture's source set as a short line of its own under it
// ("Source", "Source: www.backlinko.com", "Source: G2") is the picture's
// furniture, which the wcxb-dev gold leaves out with the caption; the
// block model keeps it as a short paragraph, and isImageCredit wants the
// picture named first. The picture is what parts it from a line that
// names a paragraph's sources: the line's own element holds an image, or
// the element just before it does. Measured on the wcxb-dev pages (eval
// extract --mode html): articles 0.96574 -> 0.96575 (even ids 0.96523 ->
// 0.96525, odd 0.96625 -> 0.96626), all pages 0.83026 -> 0.83026, no
// type down; up 1806 (a game-design essay's bare "Source" links under
// its screenshots) 0.965 -> 0.976, 0171 0.985 -> 0.989, 0352 0.976 ->
// 0.978 and a forum page by a hair; down 0244 0.981 -> 0.979 and 0488
// 1.000 -> 0.997, whose gold keeps a chart's source. Five articles'
// sites; held out 2-fold (TestHTMLTrain -htmltrain) articles 0.96371 ->
// 0.96373 on the even fold, 0.96530 -> 0.96531 on the odd.

// sourceLineMaxWords is the longest line read as a picture's source: the
// forty-ninth session's census found the wrongly kept ones at 1 to 8
// words.
const sourceLineMaxWords = 8

// isImageSourceLine reports a block of at most sourceLineMaxWords words
// whose first is "source" and whose element, or the element just before
// it, holds an image.
func isImageSourceLine(b block, words []string) bool {
	if len(words) == 0 || len(words) > sourceLineMaxWords || words[0] != "source" || b.node == nil {
		return false
	}
	if holdsImage(b.node) {
		return true
	}
	for s := b.node.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return holdsImage(s)
		}
	}
	return false
}

// holdsImage reports n, or an element under it, that is an <img> or a
// <picture>.
func holdsImage(n *html.Node) bool {
	if n.Type == html.ElementNode {
		if a := tagAtom(n); a == atom.Img || a == atom.Picture {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsImage(c) {
			return true
		}
	}
	return false
}
