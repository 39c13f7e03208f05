package extract

import "golang.org/x/net/html"

// A page's story sits in one element (an <article>, a body <div>); what a
// site sets after it in another element — a call to book or subscribe,
// an app's promo, the writer's card, a paper's submission history — is
// the template's. When one element holds nearly all of the body's text
// (htmlStoryShare), the blocks after the last of its own that lie outside
// it are that kind of tail.

// htmlStoryShare is the share of the body's characters the story's element
// must hold for the blocks after it, outside it, to go.
const htmlStoryShare = 0.9

// htmlStoryMinChars is the shortest body asked: under it one line is
// already a tenth of the text, and the share tells nothing.
const htmlStoryMinChars = 1000

// dropOutsideTail returns bs without its trailing blocks that lie outside
// the deepest element holding htmlStoryShare of the body's characters. A
// body with a block of no element is kept whole.
func dropOutsideTail(bs []block) []block {
	story := storyElement(bs)
	if story == nil {
		return bs
	}
	end := len(bs)
	for end > 0 && htmlDepthBelow(bs[end-1].node, story) < 0 {
		end--
	}
	return bs[:end]
}

// storyElement returns the deepest element holding htmlStoryShare of bs's
// characters, or nil.
func storyElement(bs []block) *html.Node {
	held := make(map[*html.Node]int)
	total := 0
	for _, b := range bs {
		if b.node == nil {
			return nil
		}
		total += len(b.text)
		for n := b.node; n != nil; n = n.Parent {
			held[n] += len(b.text)
		}
	}
	if total < htmlStoryMinChars {
		return nil
	}
	return deepestHolding(held, total, htmlStoryShare)
}
