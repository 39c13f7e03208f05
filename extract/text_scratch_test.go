package extract

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextScratchReuse holds the reused per-page slices (textScratchList)
// to fresh ones: pages of different lengths extracted in turn by one
// Extractor, from several goroutines, give what a new Extractor gives
// each page, and a scratch is listed again after a page.
func TestTextScratchReuse(t *testing.T) {
	pages := textBenchPages(t, filepath.Join("..", "testdata", "seeds", "*.txt"))
	type result struct {
		a   news.Article
		err error
	}
	want := make([]result, len(pages))
	for i, p := range pages {
		a, err := New(DefaultOptions()).Extract(p)
		want[i] = result{a, err}
	}
	x := New(DefaultOptions())
	if _, err := x.Extract(pages[0]); err != nil {
		t.Fatal(err)
	}
	if len(x.scratch) != 1 || cap((<-x.scratch).blocks) == 0 { // taken out: the goroutines start from a new one
		t.Fatal("the page's scratch was not listed again")
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Go(func() {
			for r := range 4 {
				// each goroutine walks the pages in its own order, long and short pages in turn
				for k := range pages {
					i := (k*(g+1) + r) % len(pages)
					a, err := x.Extract(pages[i])
					if !reflect.DeepEqual(result{a, err}, want[i]) {
						t.Errorf("%s: reused scratch gave another article than a new Extractor", pages[i].ID)
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestTextSplitBlocksScratchReuse holds the block reader's lists kept in
// one scratch (the lowered prefixes and their bytes, the repeat map and
// counts, the second-copy search's texts; twenty-fifth session) to a new
// scratch a page: pages long and short in turn, each page also doubled
// (a copy of the article, which the second-copy search drops), read
// into one scratch put back after every other page and asked again
// without being put back in between, give the blocks a new scratch
// gives. It fails with the repeat counts or the map kept from the page
// before.
func TestTextSplitBlocksScratchReuse(t *testing.T) {
	var texts []string
	for i, p := range textSpeedPages(t) {
		if i == 300 {
			break
		}
		texts = append(texts, string(p.Content), string(p.Content)+"\n"+string(p.Content))
	}
	list := make(textScratchList, 1)
	s := newTextScratch()
	for i, text := range texts {
		want := textSplitBlocks(text)
		if got := textSplitBlocksIn(text, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("page %d: blocks read in a reused scratch differ from a new scratch's", i)
		}
		if i%2 == 1 {
			textScratchPut(list, s)
			s = list.Get(newTextScratch)
		}
	}
}

// TestTextScratchPutHoldsNoText holds textScratchPut's clears, which
// reach only as far as a page wrote, to clears of the whole room: a
// scratch put back after a long page and then a shorter one holds no
// text anywhere in its lists' capacities, and the shorter page read
// after the longer one gives what it gives alone. It fails when a
// shorter split of the second-copy search's texts (splitIn) leaves the
// longer one's tail past the length that is cleared.
func TestTextScratchPutHoldsNoText(t *testing.T) {
	var long strings.Builder
	for i := range 40 {
		fmt.Fprintf(&long, "The council met on day %d to weigh the plan for the river park.\n\n", i)
	}
	short := "A short note on the park.\n\nThe council will meet again in May."
	alone := textSplitBlocks(short)
	list := make(textScratchList, 1)
	s := newTextScratch()
	for _, text := range []string{long.String(), short} {
		textSplitBlocksIn(text, s)
		splitIn(text, "\n", s)
		splitIn(text, "\n\n", s) // shorter: half the pieces
		textScratchPut(list, s)
		s = list.Get(newTextScratch)
	}
	if got := textSplitBlocksIn(short, s); !reflect.DeepEqual(got, alone) {
		t.Fatal("a page read after a longer one gave other blocks than alone")
	}
	textScratchPut(list, s)
	s = list.Get(newTextScratch)
	for name, room := range map[string][]string{"parts": s.parts, "lows": s.lows, "texts": s.texts} {
		for i, v := range room[:cap(room)] {
			if v != "" {
				t.Errorf("%s[%d] still holds %q after the scratch was put back", name, i, v)
			}
		}
	}
	for i, b := range s.blocks[:cap(s.blocks)] {
		if b.text != "" || b.low != "" {
			t.Errorf("blocks[%d] still holds %q after the scratch was put back", i, b.text)
		}
	}
}
