package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The block model decides each list item on its own, and a list whose
// items it mostly keeps can lose one that reads like furniture (a short
// item, one that is all link text), while a list it mostly drops can
// keep one that reads like prose. A list is one thing on the page: the
// article's or a box's. voteLists sets every item of a list of
// voteMinItems items or more to what the model decided for most of its
// words: kept when voteKeepShare of them are kept, dropped when
// voteDropShare or fewer are. Between the two the model's own decisions
// stand. On wcxb-dev (eval extract --mode html) 2/3 and 1/3 gave
// articles 0.960816 -> 0.960875 (even ids 0.961010 -> 0.961065, odd
// 0.960613 -> 0.960674), all pages 0.824950 -> 0.825026, 27 pages up
// and 9 down; 0.6/0.4 and 0.75/0.25 gave articles 0.960876 and
// 0.960842, keeping only (no drop) 0.960839, dropping only 0.960851.
// Items only: every block inside a list (an item's paragraphs too) cost
// forums 0.0015, the rows of a table listings 0.0006 (docs/quality.md).
const (
	voteMinItems  = 3
	voteKeepShare = 2.0 / 3
	voteDropShare = 1.0 / 3
)

// voteLists returns keep with the items of each list set by the list's
// vote (above). words are the blocks' (blockWords).
func voteLists(page []block, words [][]string, keep []bool) []bool {
	var lists map[*html.Node]*wordVote
	for i, b := range page {
		l := listOfItem(b)
		if l == nil {
			continue
		}
		if lists == nil {
			lists = make(map[*html.Node]*wordVote)
		}
		v := lists[l]
		if v == nil {
			v = &wordVote{}
			lists[l] = v
		}
		v.add(len(words[i]), keep[i])
	}
	if lists == nil {
		return keep
	}
	out := append([]bool(nil), keep...)
	for i, b := range page {
		l := listOfItem(b)
		if l == nil {
			continue
		}
		if k, ok := lists[l].verdict(voteMinItems, voteKeepShare, voteDropShare); ok {
			out[i] = k
		}
	}
	return out
}

// wordVote tallies a group of blocks set together, a list's items or a
// template's instances: how many, their words and the words the model
// kept.
type wordVote struct{ items, held, kept int }

// add counts a block of words words that the model kept or dropped.
func (v *wordVote) add(words int, kept bool) {
	v.items++
	v.held += words
	if kept {
		v.kept += words
	}
}

// verdict returns what the group's blocks are set to, and whether they
// are set at all: kept when keepShare of their words are kept, dropped
// when dropShare or fewer are; not set below minItems blocks, without
// words, or between the two shares, where the model's own decisions
// stand.
func (v *wordVote) verdict(minItems int, keepShare, dropShare float64) (keep, ok bool) {
	if v.items < minItems || v.held == 0 {
		return false, false
	}
	switch share := float64(v.kept) / float64(v.held); {
	case share >= keepShare:
		return true, true
	case share <= dropShare:
		return false, true
	}
	return false, false
}

// listOfItem returns the <ul> or <ol> whose <li> the block is, or nil
// for a block that is no list item's own text.
func listOfItem(b block) *html.Node {
	if !b.item || b.node == nil || b.node.Parent == nil {
		return nil
	}
	switch tagAtom(b.node.Parent) {
	case atom.Ul, atom.Ol:
		return b.node.Parent
	}
	return nil
}
