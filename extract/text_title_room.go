package extract

import "slices"

// textTitleRoom holds the lists textTitleVectorsIn makes for a page and
// drops with it: the context's answers a block, the candidates' heads
// and texts, and textTitleRepeats' counts and table. Made for each page
// they were 6 of a flattened page's allocations (100 wcxb-dev flat
// pages, BenchmarkTextWCXB); the page's scratch keeps them between pages
// (textScratch.titleRooms), with the candidates' words.
type textTitleRoom struct {
	marks  []int8       // newTextTitleContextIn's
	heads  []*textBlock // candidatesAndHeads'
	texts  []string     // the heads' texts
	copies []string     // restatedInBody's list of the body's copies
	list   []string     // textTitleListIn's texts and heads
	more   []int32      // textTitlePrefixedIn's chains
	reps   []textRepeat // textTitleRepeatsIn's
	ints   []int
	keys   []uint32
}

// marksFor is room for n blocks' answers, zeroed.
func (r *textTitleRoom) marksFor(n int) []int8 {
	r.marks = slices.Grow(r.marks[:0], 4*n)[:4*n]
	clear(r.marks)
	return r.marks
}

// repeats is room for n texts' repeats (zeroed), their three lists of
// ints (zeroed) and their openings' keys (empty): r's, or new when r is
// nil.
func (r *textTitleRoom) repeats(n int) ([]textRepeat, []int, []uint32) {
	if r == nil {
		return make([]textRepeat, n), make([]int, 3*n), make([]uint32, 0, min(n, textOpeningsMost))
	}
	r.reps = slices.Grow(r.reps[:0], n)[:n]
	r.ints = slices.Grow(r.ints[:0], 3*n)[:3*n]
	r.keys = slices.Grow(r.keys[:0], min(n, textOpeningsMost))
	clear(r.reps)
	clear(r.ints)
	return r.reps, r.ints, r.keys
}

// drop clears r's pointers into the page (its heads, texts, copies and list), so that
// the scratch holding r between pages holds none of a page's text.
func (r *textTitleRoom) drop() {
	clear(r.heads[:cap(r.heads)])
	clear(r.texts[:cap(r.texts)])
	clear(r.copies) // each page writes its list from the start, so past its length all is cleared already
	clear(r.list)   // each page's list is written from the start, as copies is
	r.heads, r.texts, r.copies, r.list = r.heads[:0], r.texts[:0], r.copies[:0], r.list[:0]
}
