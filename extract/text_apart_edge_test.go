package extract

import (
	"slices"
	"testing"
)

// textLeaveOutApartEdgePlain is textLeaveOutApartEdge stepping block by
// block: each block is asked whether it stays, and each staying one asks
// again of the blocks to the next staying one. TestTextApartEdgeMatchPlain
// holds the walk, which hops from staying block to staying block, to it.
func textLeaveOutApartEdgePlain(blocks []textBlock, keep, out []bool, fromEnd bool, share float64, body *textBodyCounts, span textStayingSpan) bool {
	n := len(blocks)
	first, last, total, count := span.first, span.last, span.total, span.count
	edge, beyond, step := last, n-1-last, -1
	if !fromEnd {
		edge, beyond, step = first, first, 1
	}
	if count < textUnsureLongs || beyond < textTailFooterBlocks {
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
		if chars += len(b.text); float64(chars) > textUnsureShare*float64(total) {
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
		if border && words >= textApartSectionWords && len(list) > 0 && textSectionApart(list, sec, body.read(blocks, keep, out), share) {
			cut = i
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

// TestTextApartEdgeMatchPlain holds each section walk (the closing and
// the opening edge) to textLeaveOutApartEdgePlain over the test pages
// (the seeds, and the wcxb-dev flat pages when the data is there), with a
// body kept from a window of the page and random blocks not kept or
// already marked, so that the walk hops over gaps of one and of several
// blocks.
func TestTextApartEdgeMatchPlain(t *testing.T) {
	rng := fastRand(53, 173)
	marked := 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		n := len(blocks)
		if n < 3*textTailFooterBlocks {
			continue
		}
		for round := 0; round < 8; round++ {
			lo, hi := textTailFooterBlocks+rng.IntN(n/3), n-textTailFooterBlocks-rng.IntN(n/3)
			keep, out := make([]bool, n), make([]bool, n)
			for i := lo; i < hi; i++ {
				keep[i] = round%4 == 0 || rng.IntN(6) > 0
				out[i] = round%4 == 3 && rng.IntN(8) == 0
			}
			fromEnd, share := round < 4, textApartSectionShare
			if !fromEnd {
				share = textApartHeadSectionShare
			}
			span := textStayingSpanOf(blocks, keep, out)
			want := slices.Clone(out)
			var plain, hop textBodyCounts
			wantCut := textLeaveOutApartEdgePlain(blocks, keep, want, fromEnd, share, &plain, span)
			plain.release()
			gotCut := textLeaveOutApartEdge(blocks, keep, out, fromEnd, share, &hop, span)
			hop.release()
			if gotCut != wantCut {
				t.Fatalf("%s round %d: left a section out %v, block by block %v", p.ID, round, gotCut, wantCut)
			}
			for i := range blocks {
				if out[i] != want[i] {
					t.Fatalf("%s round %d: %q (kept %v): marked %v, block by block %v", p.ID, round, blocks[i].text, keep[i], out[i], want[i])
				}
			}
			if gotCut {
				marked++
			}
		}
	}
	t.Logf("%d walks left a section out", marked)
	if marked == 0 {
		// The seeds are too short for either walk to leave a section out.
		t.Skip("no walk left a section out on the seeds; the wcxb-dev pages (STORYFOLD_DATA) are needed")
	}
}
