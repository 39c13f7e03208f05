package extract

import "slices"

// textTitleRoom holds the lists textTitleVectorsIn makes for a page and
// drops with it: the context's answers a block, the candidates' heads
// and texts, and textTitleRepeats' counts and table. Made for each page
// they were 6 of a flattened page's allocations (100 wcxb-dev flat
// pages, BenchmarkTextWCXB); the page's scratch keeps them between pages
// (textScratch.titleRooms), with the candidates' words.
type textTitleRoom struct {
	marks []int8       // newTextTitleContextIn's
	heads []*textBlock // candidatesAndHeads'
	texts []string     // the heads' texts
	list  []string     // textTitleListIn's texts and heads
	more  []int32      // textTitlePrefixedIn's chains
	reps  []textRepeat // textTitleRepeatsIn's
	ints  []int
	keys  []uint32
}

// marksFor is room for n blocks' answers, zeroed.
func (r *textTitleRoom) marksFor(n int) []int8 {
	r.marks = slices.Grow(r.marks[:0], 4*n)[:4*n]
	clear(r.marks)
	return r.marks
}

// repeats is room for n texts' repeats (zeroed), their four lists of
// ints (zeroed) and their openings' keys (empty): r's, or new when r is
// nil.
func (r *textTitleRoom) repeats(n int) ([]textRepeat, []int, []uint32) {
	if r == nil {
		return make([]textRepeat, n), make([]int, 4*n), make([]uint32, 0, min(n, textOpeningsMost))
	}
	r.reps = slices.Grow(r.reps[:0], n)[:n]
	r.ints = slices.Grow(r.ints[:0], 4*n)[:4*n]
	r.keys = slices.Grow(r.keys[:0], min(n, textOpeningsMost))
	clear(r.reps)
	clear(r.ints)
	return r.reps, r.ints, r.keys
}

// sameTexts is, after textTitleRepeatsIn read n texts in r's room, each
// text's earlier text that is the same, plus one, or 0 for none or for a
// text it searched alone (under four bytes, or past its table's room).
func (r *textTitleRoom) sameTexts(n int) []int {
	return r.ints[3*n : 4*n]
}

// drop clears r's pointers into the page (its heads, texts and list), so that
// the scratch holding r between pages holds none of a page's text.
//
// Each list is cleared to its length only: a page writes each from the
// start and leaves it at the length it wrote (candidatesAndHeads appends
// the heads, textTitleVectorsIn sets the texts' length to the candidates'
// count and writes every one), so what lies past the length was cleared
// by the page before's drop. The heads and texts were cleared to their
// capacity, the longest page's room after every page (some 0.05 M of the
// 100 long wcxb-dev flat pages' instructions; tspeed115, forty-eighth
// session). TestTextTitleRoomDropped holds every list empty to its
// capacity after each page.
func (r *textTitleRoom) drop() {
	clear(r.heads)
	clear(r.texts)
	clear(r.list)
	r.heads, r.texts, r.list = r.heads[:0], r.texts[:0], r.list[:0]
}
