package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextIsApartKeysMatchText holds textIsApart, which reads the
// paragraph's words from the keys its reader kept (keysOf), to the same
// ask of the paragraph's text read again by the word scanner
// (wordsApartBeyond): on the seeds and, with the shared data, every
// wcxb-dev flat page, each paragraph of textApartWords words or more
// asked from the body's end and from its head, with a fifth of the
// blocks not kept and a ninth out; on a third of the pages an eighth of
// the blocks are read again without the page's keys.
func TestTextIsApartKeysMatchText(t *testing.T) {
	rng := rand.New(rand.NewPCG(180, 54))
	asked, yes := 0, 0
	for n, p := range textSpeedPages(t) {
		sc := newTextScratch()
		blocks := textSplitBlocksIn(string(p.Content), sc)
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		for i := range blocks {
			keep[i], out[i] = rng.IntN(5) > 0, rng.IntN(9) == 0
			if n%3 == 0 && rng.IntN(8) == 0 {
				blocks[i] = textReadBlock(blocks[i].text, blocks[i].low, textWebUnread, &sc.words, nil)
			}
		}
		body := textBodyCounts{page: sc.keys}
		for i := range blocks {
			if blocks[i].words < textApartWords || !textStays(blocks, keep, out, i) {
				continue
			}
			for _, fromEnd := range []bool{true, false} {
				got := textIsApart(blocks, keep, out, i, fromEnd, &body)
				lo, hi := i, len(blocks)
				if !fromEnd {
					lo, hi = 0, i+1
				}
				edge := textWordCounts(blocks, keep, out, lo, hi, &body)
				want := wordsApartBeyond(body.read(blocks, keep, out), edge, blocks[i].text, textApartShare, &body.sc)
				textSectionCountsPool.Put(edge)
				if got != want {
					t.Fatalf("%s block %d (from the end %v) %q: apart %v, by its text %v", p.ID, i, fromEnd, blocks[i].text, got, want)
				}
				asked++
				if got {
					yes++
				}
			}
		}
		body.release()
	}
	t.Logf("%d asks, %d apart", asked, yes)
	if asked < 20 || yes == 0 || yes == asked {
		t.Fatalf("%d asks, %d apart: want 20 asks or more, some apart and some not", asked, yes)
	}
}
