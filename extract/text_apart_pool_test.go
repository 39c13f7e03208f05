package extract

import (
	"testing"

	"github.com/storyfold/storyfold/internal/hashtab"
)

// TestTextSectionCountsTakenEmpty holds a section's word counts
// (textWordCounts, from textSectionCountsPool) to a fresh table's after a
// table holding another page's words went back to the pool: a table is
// cleared when it is taken, whichever pool holds it.
func TestTextSectionCountsTakenEmpty(t *testing.T) {
	page := textSplitBlocks("Harbour councils weighed the ferry timetable again.\n\n" +
		"The councillors asked residents about weekend crossings and winter fares.\n\n" +
		"Ferry operators answered that crossings depend on weather and staffing.")
	keep := make([]bool, len(page))
	for i := range keep {
		keep[i] = true
	}
	out := make([]bool, len(page))
	var sc textBodyCounts
	for range 3 {
		dirty := newSectionCounts()
		for k := range uint64(5000) {
			n, _ := dirty.Ref(k*7919 + 1)
			*n = 3
		}
		textSectionCountsPool.Put(dirty)
		got := textWordCounts(page, keep, out, 1, len(page), &sc)
		want := hashtab.New[int32]()
		for j := 1; j < len(page); j++ {
			addBlockCounts(want, &page[j], 1, &sc.sc)
		}
		if got.Len() != want.Len() || want.Len() == 0 {
			t.Fatalf("textWordCounts holds %d words, a fresh table %d", got.Len(), want.Len())
		}
		for j := 1; j < len(page); j++ {
			textBlockKeys(&page[j], &sc.sc, func(k uint64) {
				if g, _ := got.Get(k); g != must(want.Get(k)) {
					t.Fatalf("textWordCounts counts key %x %d times, a fresh table %d", k, g, must(want.Get(k)))
				}
			})
		}
		textSectionCountsPool.Put(got)
	}
}

// must returns v of a (value, found) pair.
func must(v int32, _ bool) int32 { return v }
