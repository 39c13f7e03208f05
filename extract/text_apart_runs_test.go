package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/internal/hashtab"
)

// TestTextStayingCountsRunsMatchBlocks holds textAddStayingCounts, which
// adds the keys of staying blocks that follow one another in the page's
// key buffer as one run, to the counts added block by block
// (addBlockCounts): every key's count and the table's length, and the
// marks of which blocks stayed (textStays), for the body's read and a
// section's textWordCounts. The pages are random lines over a few words,
// a sixth of them repeats (a copy's keys are its first's), long enough
// that the reader's buffer grows while the page is read; a fifth of the
// blocks are not kept, a ninth are out, and on a third of the rounds an
// eighth are read again by textReadBlock, without the page's keys.
func TestTextStayingCountsRunsMatchBlocks(t *testing.T) {
	words := strings.Fields("harbour pilots ferry quay council tuesday islands storm tide crews board region safety vessels eastern night")
	rng := rand.New(rand.NewPCG(136, 9))
	sc := newTextScratch()
	followed, copies, apart := 0, 0, 0
	for round := range 300 {
		if round%4 == 0 {
			sc = newTextScratch() // a buffer that grows while the page is read
		}
		var lines []string
		for i := range 60 + rng.IntN(200) {
			if i > 0 && rng.IntN(6) == 0 {
				lines = append(lines, lines[rng.IntN(len(lines))])
				continue
			}
			line := make([]string, 1+rng.IntN(20))
			for k := range line {
				line[k] = words[rng.IntN(len(words))]
			}
			lines = append(lines, strings.Join(line, " ")+".")
		}
		blocks := textSplitBlocksIn(strings.Join(lines, "\n"), sc)
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		for i := range blocks {
			keep[i], out[i] = rng.IntN(5) > 0, rng.IntN(9) == 0
			if round%3 == 0 && rng.IntN(8) == 0 {
				blocks[i] = textReadBlock(blocks[i].text, blocks[i].low, textWebUnread, &sc.words, nil)
			}
		}
		// what the runs meet: blocks whose keys follow the last staying
		// block's, copies of earlier blocks, blocks without the page's keys
		end := -1
		for i := range blocks {
			if !textStays(blocks, keep, out, i) {
				continue
			}
			if blocks[i].keys == nil {
				apart++
				end = -1
				continue
			}
			at := int(blocks[i].keyEnd) - len(blocks[i].keys)
			switch {
			case at == end && len(blocks[i].keys) > 0:
				followed++
			case at < end:
				copies++
			}
			end = at + len(blocks[i].keys)
		}

		body := textBodyCounts{page: sc.keys}
		got := body.read(blocks, keep, out)
		lo := rng.IntN(len(blocks))
		section := textWordCounts(blocks, keep, out, lo, len(blocks), &body)
		want, wantSection := hashtab.New[int32](), hashtab.New[int32]()
		for i := range blocks {
			stays := textStays(blocks, keep, out, i)
			if body.counted[i] != stays {
				t.Fatalf("round %d: block %d counted %v, stays %v", round, i, body.counted[i], stays)
			}
			if stays {
				addBlockCounts(want, &blocks[i], 1, &body.sc)
				if i >= lo {
					addBlockCounts(wantSection, &blocks[i], 1, &body.sc)
				}
			}
		}
		sameCounts(t, round, "body", got, want, blocks, &body)
		sameCounts(t, round, "section", section, wantSection, blocks, &body)
		textSectionCountsPool.Put(section)
		body.release()
	}
	t.Logf("%d blocks follow their last, %d copies, %d without the page's keys", followed, copies, apart)
	if followed < 1000 || copies < 50 || apart < 50 {
		t.Fatalf("the pages met %d blocks that follow their last, %d copies and %d without the page's keys; want 1000, 50 and 50", followed, copies, apart)
	}
}

// sameCounts fails t unless got and want hold the same keys, each the
// same number of times: every content word of the blocks is asked.
func sameCounts(t *testing.T, round int, name string, got, want *hashtab.Map[int32], blocks []textBlock, body *textBodyCounts) {
	t.Helper()
	if got.Len() != want.Len() {
		t.Fatalf("round %d: the %s's counts hold %d words, block by block %d", round, name, got.Len(), want.Len())
	}
	for i := range blocks {
		for _, k := range body.keysOf(&blocks[i]) {
			g, _ := got.Get(k)
			w, _ := want.Get(k)
			if g != w {
				t.Fatalf("round %d: the %s counts key %x %d times, block by block %d", round, name, k, g, w)
			}
		}
	}
}
