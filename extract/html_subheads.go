package extract

import (
	"strings"
	"unicode"
)

// A subhead the block model drops inside the story leaves its section
// without its title: a heading alone is a few words, often a question or
// a label, and the model reads little in it. Where it sits says more.
// Between kept blocks, directly in the element that holds the kept
// paragraph right under it, a heading is that paragraph's subhead.
// restoreSubheads keeps such headings. The paragraph must be text (a
// heading over a phone number or a price is a box's label, "Call us"),
// and not itself a heading (a form's "Hear from our experts" over its
// prompt). subheadMaxLinks bars headings that are partly link text: a
// post's author name over the group it belongs to, a teaser's title.
// On wcxb-dev (eval extract --mode html) articles 0.96357 -> 0.96360
// (even ids +0.00002, odd +0.00004), all pages +0.00003 / +0.00005, no
// page type down on either half; at 0.5 a forum's author line came back
// (docs/quality.md).
const subheadMaxLinks = 0.2

// restoreSubheads returns keep with the dropped headings restored that
// lie between the first and the last kept block and whose next block
// with words is a kept paragraph with letters in the same parent.
// words are the blocks' (blockWords).
func restoreSubheads(page []block, words [][]string, keep []bool) []bool {
	first, last := htmlSpan(func(i int) bool { return keep[i] && len(words[i]) > 0 }, len(keep))
	if first < 0 {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i := first + 1; i < last; i++ {
		b := page[i]
		if keep[i] || !b.heading || len(words[i]) == 0 || b.links > subheadMaxLinks {
			continue
		}
		j := nextWithWords(words, i)
		if j >= 0 && keep[j] && !page[j].heading && hasLetter(page[j].text) && sameParent(b, page[j]) {
			out[i] = true
		}
	}
	return out
}

// nextWithWords returns the index of the first block after i that has
// words, or -1.
func nextWithWords(words [][]string, i int) int {
	for j := i + 1; j < len(words); j++ {
		if len(words[j]) > 0 {
			return j
		}
	}
	return -1
}

// sameParent reports whether a and b sit directly in one element.
func sameParent(a, b block) bool {
	return a.node != nil && b.node != nil && a.node.Parent != nil && a.node.Parent == b.node.Parent
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
