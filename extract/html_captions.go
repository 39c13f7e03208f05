package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A photo's caption set outside <figcaption> (which the renderer skips) is
// a paragraph or a <div> that templates name as such: WordPress's
// "wp-caption-text" under "wp-caption", "photo-caption", "image__caption",
// "figure-caption", a product box's "caption" labels. The block model
// reads it as a short line of the article and keeps it; on the pages that
// state an article the wcxb-dev gold leaves it out (photo captions on a
// tyre-jack guide, a gardening column, trail-shoe and speaker round-ups,
// a design studio's app gallery, a public radio story; a review's
// "PROS"/"CONS" and "Product Specifications" labels). Some pages name a
// whole story or a listing's teasers so, and their gold keeps them: only
// short captions go, and only where the page sets several.

// captionLevels is how many elements, the block's own first, are asked
// for a caption's name: the caption's own <p> or <div> and the box around
// it ("wp-caption-text" in "wp-caption"). Further up the name is a
// gallery's or a story's wrapper.
const captionLevels = 2

// captionBoxMaxWords is the most words a caption element holds (its blocks,
// kept or not) to go. Set on wcxb-dev's pages, and saying so: a public
// radio listing's teasers, which its gold keeps, sit in "caption" boxes
// of 35 to 70 words; the bound spares one article caption of 36 words
// too.
const captionBoxMaxWords = 30

// captionMinBlocks is the fewest such short caption blocks a page must
// keep for them to go. Set on wcxb-dev's pages, and saying so: a service
// firm's blog post keeps its one captioned picture's line in the gold
// (0134); the articles that gain caption two or more pictures.
const captionMinBlocks = 2

// dropCaptionBlocks returns keep without the kept blocks of captionBoxMaxWords
// words or fewer whose own element or its parent is named a caption, when
// the page states an article (stated) and keeps captionMinBlocks such
// blocks or more. On every page collections and listings fell: their
// product cards name their titles and prices "caption" ("product-caption",
// "caption-m"), and their gold keeps them.
func dropCaptionBlocks(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	box, size := boxWords(page, words, captionElement)
	if len(size) == 0 {
		return keep
	}
	var drop []int
	for i := range page {
		if keep[i] && box[i] != nil && size[box[i]] <= captionBoxMaxWords {
			drop = append(drop, i)
		}
	}
	if len(drop) < captionMinBlocks {
		return keep
	}
	out := append([]bool(nil), keep...)
	for _, i := range drop {
		out[i] = false
	}
	return out
}

// captionElement returns n or the element above it, within captionLevels
// elements, whose class or id names a caption (captionName), or nil.
func captionElement(n *html.Node) *html.Node {
	for k := 0; n != nil && k < captionLevels; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		k++
		if class, id := classAndID(n); captionName(class) || captionName(id) {
			return n
		}
	}
	return nil
}

// captionName reports whether s has "caption" as a whole part (hasNamePart:
// "wp-caption", "photo-caption", "Caption_caption__body"; not "captioned",
// not "imageCaption"), unless the part names a font size: WordPress names
// its preset sizes "has-caption-font-size" and sets any paragraph in them
// (a tuition page's fee lines, which the gold keeps).
func captionName(s string) bool {
	const part = "caption"
	for {
		i := namePartAt(s, part)
		if i < 0 {
			return false
		}
		s = s[i+len(part):] // read on past a font size's part
		if !strings.HasPrefix(s, "-font-size") {
			return true
		}
	}
}
