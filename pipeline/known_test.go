package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store/sqlite"
)

// Every ID added answers "maybe", across the layers a growing filter adds,
// while others are added beside the queries (run with -race); IDs never
// added answer "no" nearly always.
func TestKnownFilter(t *testing.T) {
	f := newKnownFilter(0)
	const n = 3*bloomMinCap + 1000 // three layers
	var wg sync.WaitGroup
	var added atomic.Int64 // IDs below this are in the filter
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i += 100 {
			ids := make([]string, 0, 100)
			for j := i; j < min(i+100, n); j++ {
				ids = append(ids, fmt.Sprintf("page-%d", j))
			}
			f.add(ids...)
			added.Store(int64(min(i+100, n)))
		}
	}()
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; added.Load() < n; k++ {
				if m := added.Load(); m > 0 {
					if id := fmt.Sprintf("page-%d", int64(k)%m); !f.mayContain(id) {
						t.Errorf("%s was added and answers no", id)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if got := len(*f.layers.Load()); got < 2 {
		t.Errorf("%d layers for %d IDs, want growth", got, n)
	}
	for i := range n {
		if id := fmt.Sprintf("page-%d", i); !f.mayContain(id) {
			t.Fatalf("%s was added and answers no", id)
		}
	}
	fp := 0
	const probes = 100_000
	for i := range probes {
		if f.mayContain(fmt.Sprintf("other-%d", i)) {
			fp++
		}
	}
	// About 0.8% a layer, and a query looks in each.
	if rate := float64(fp) / probes; rate > 0.04 {
		t.Errorf("%.2f%% false maybes", 100*rate)
	}
}

// knownCounting counts the workers' single-ID lookups and how many said
// stored.
type knownCounting struct {
	*sqlite.Store
	asked, stored atomic.Int64
}

func (s *knownCounting) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	known, err := s.Store.Known(ctx, ids)
	if len(ids) == 1 {
		s.asked.Add(1)
		if known[ids[0]] {
			s.stored.Add(1)
		}
	}
	return known, err
}

// TestKnownFilterKeepsOutcomes runs pages stored by an earlier process
// (articles and skips), pages stored by an earlier run of this one and
// new pages through pipelines with and without the workers' filter: the
// outcomes are the same, and so is the number of pages the store told a
// worker were stored — a filter that said "no" for a stored page would
// have that page extracted again, and this count fall — while the filter
// spares most lookups.
func TestKnownFilterKeepsOutcomes(t *testing.T) {
	g := newSynth(9)
	page := func(i int) news.Page {
		if i%7 == 3 { // no text: a skip
			return news.Page{ID: fmt.Sprintf("empty-%d", i), InputID: fmt.Sprintf("empty-%d", i), Format: news.FormatText}
		}
		return g.page(i)
	}
	pages := func(from, to int) []news.Page {
		var out []news.Page
		for i := from; i < to; i++ {
			out = append(out, page(i))
		}
		return out
	}
	runWith := func(filter bool) (outs []map[string]news.Outcome, asked, stored int64) {
		st := &knownCounting{Store: openStore(t)}
		o := testOptions()
		o.BatchSize = 8
		pipe := func() *Pipeline {
			p := newPipeline(t, st, o)
			if !filter {
				p.known = nil
			}
			return p
		}
		// An earlier process stores pages 0–59.
		outs = append(outs, runPages(t, pipe(), pages(0, 60)...))
		p := pipe()
		st.asked.Store(0)
		st.stored.Store(0)
		outs = append(outs, runPages(t, p, pages(40, 100)...)) // 20 stored before, 40 new
		outs = append(outs, runPages(t, p, pages(80, 120)...)) // 20 stored by the run before
		return outs, st.asked.Load(), st.stored.Load()
	}
	plainOuts, plainAsked, plainStored := runWith(false)
	outs, asked, stored := runWith(true)
	for i := range outs {
		if !reflect.DeepEqual(outs[i], plainOuts[i]) { // Skip is a pointer: compared by what it says
			for id, o := range outs[i] {
				if !reflect.DeepEqual(plainOuts[i][id], o) {
					t.Errorf("run %d, page %s: filtered %+v, plain %+v", i, id, o, plainOuts[i][id])
				}
			}
		}
	}
	for _, o := range outs[0] {
		if o.Skip == nil && o.Known {
			t.Fatalf("the first run has a known page: %+v", o)
		}
	}
	if plainStored != 40 {
		t.Fatalf("the store told the workers %d pages were stored, want 40", plainStored)
	}
	if stored != plainStored {
		t.Errorf("with the filter the store told the workers %d pages were stored, without it %d", stored, plainStored)
	}
	if asked >= plainAsked {
		t.Errorf("with the filter the workers asked the store %d times, without it %d", asked, plainAsked)
	}
	t.Logf("workers' lookups: %d with the filter, %d without", asked, plainAsked)
}
