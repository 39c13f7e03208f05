package extract

import (
	"slices"
	"testing"
)

// textLeaveOutApartEdgePlain is the plain form TestTextApartEdgeMatchPlain
// holds textLeaveOutApartEdge to, and nothing else reads it: the share of
// the section's words the body beyond uses is counted anew at every
// border weighed (textSectionShared), where the walk keeps it word by
// word. It counts the borders it weighs in borders.
func textLeaveOutApartEdgePlain(blocks []textBlock, keep, out []bool, fromEnd bool, share float64, body *textBodyCounts, span textStayingSpan, borders *int) bool {
	n := len(blocks)
	edge, beyond, step := span.last, n-1-span.last, -1
	if !fromEnd {
		edge, beyond, step = span.first, span.first, 1
	}
	if span.count < textUnsureLongs || beyond < textTailFooterBlocks {
		return false
	}
	sec := newSectionCounts()
	defer textSectionCountsPool.Put(sec)
	var list []uint64
	cut, chars, words := -1, 0, 0
	for i := edge; i >= 0 && i < n; i += step {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		next := i + step
		for next >= 0 && next < n && !textStays(blocks, keep, out, next) {
			next += step
		}
		if next < 0 || next >= n {
			break
		}
		b := &blocks[i]
		if chars += len(b.text); float64(chars) > textUnsureShare*float64(span.total) {
			break
		}
		words += b.words
		for _, k := range body.keysOf(b) {
			c, added := sec.Ref(k)
			if added {
				list = append(list, k)
			}
			*c++
		}
		later := max(i, next)
		border := next-i != step || blocks[later].words <= textApartHeadingWords && !blocks[later].sentEnd
		if border && words >= textApartSectionWords && len(list) > 0 {
			*borders++
			if float64(textSectionShared(list, sec, body.read(blocks, keep, out))) < share*float64(len(list)) {
				cut = i
			}
		}
	}
	if cut < 0 {
		return false
	}
	body.leave(blocks, keep, out, min(cut, edge), max(cut, edge))
	for i := min(cut, edge); i <= max(cut, edge); i++ {
		out[i] = true
	}
	return true
}

// TestTextApartEdgeMatchPlain holds each section walk, which keeps the
// share of its section's words the body beyond uses as it adds them, to
// the walk counting it at every border (textLeaveOutApartEdgePlain): over
// the test pages (the seeds, and the wcxb-dev flat pages when the data is
// there), each walk at both edges, with a body kept from a window of the
// page (template lines beyond both its edges, as the walks ask), random
// blocks not kept or already marked, and at the head's and the closing
// share and at shares of 0.6 and 0.8, so that sections go on many pages
// and the cut is read at many borders after the first.
func TestTextApartEdgeMatchPlain(t *testing.T) {
	rng := fastRand(54, 180)
	borders, cuts := 0, 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		n := len(blocks)
		if n < 3*textTailFooterBlocks {
			continue
		}
		for round := range 4 {
			lo, hi := textTailFooterBlocks+rng.IntN(n/3), n-textTailFooterBlocks-rng.IntN(n/3)
			keep, out := make([]bool, n), make([]bool, n)
			for i := lo; i < hi; i++ {
				keep[i] = round == 0 || rng.IntN(6) > 0
				out[i] = round == 3 && rng.IntN(8) == 0
			}
			span := textStayingSpanOf(blocks, keep, out)
			for _, fromEnd := range []bool{true, false} {
				for _, share := range []float64{textApartHeadSectionShare, textApartSectionShare, 0.6, 0.8} {
					var plain, kept textBodyCounts
					want, got := slices.Clone(out), slices.Clone(out)
					wantCut := textLeaveOutApartEdgePlain(blocks, keep, want, fromEnd, share, &plain, span, &borders)
					gotCut := textLeaveOutApartEdge(blocks, keep, got, fromEnd, share, &kept, span)
					plain.release()
					kept.release()
					if gotCut != wantCut || !slices.Equal(got, want) {
						t.Fatalf("%s round %d (from the end %v, share %v): cut %v, counted at each border %v", p.ID, round, fromEnd, share, gotCut, wantCut)
					}
					if gotCut {
						cuts++
					}
				}
			}
		}
	}
	t.Logf("%d borders weighed, %d sections left out", borders, cuts)
	if sharedDataRoot() != "" && (borders < 1000 || cuts < 100) {
		t.Errorf("%d borders weighed and %d sections left out over the pages, want 1000 and 100 or more", borders, cuts)
	}
	if cuts == 0 {
		t.Skip("no walk left a section out on the seeds; the wcxb-dev pages (STORYFOLD_DATA) are needed")
	}
}
