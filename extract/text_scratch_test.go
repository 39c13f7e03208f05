package extract

import (
	"path/filepath"
	"reflect"
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
