package pipeline

import (
	"context"
	"strings"

	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/textnorm"
)

// furniture counts, per site, on how many pages each text block was seen,
// for the text extractor's repetition check (extract.Options.BlockCounts):
// a menu line, a newsletter box or a footer that recurs on a site's pages
// is furniture there, whatever it says.
//
// Extraction reads a snapshot of the blocks frequent enough to matter,
// taken from the store when a run starts and after it ends, so a run's
// results never depend on how its extraction workers interleave. The
// counts a run adds reach the store with each batch; they take effect for
// the next run: every POST to the API, every crawl file ingested.
type furniture struct {
	minPages int
	// snap is read by the extraction workers during a run and replaced
	// only between runs (under Pipeline.mu).
	snap map[blockKey]int
	// learned is how many pages of each site this process has counted new
	// blocks from; see furnitureLearnPages.
	learned map[string]int
}

type blockKey struct {
	site string
	hash uint64
}

// furnitureLearnPages bounds the store's block table: new blocks of a site
// are counted on its first pages only (per process), blocks already
// counted on every page. Furniture shows on every page of a site, so it
// passes minPages long before; the content of a large site's later pages
// never enters the table.
const furnitureLearnPages = 200

// furnitureMaxWords leaves long blocks uncounted: paragraphs are content,
// and the long boilerplate (appeals, disclaimers) has cue phrases.
const furnitureMaxWords = 60

func newFurniture(minPages int) *furniture {
	return &furniture{minPages: minPages, snap: map[blockKey]int{}, learned: map[string]int{}}
}

// Count implements extract.BlockCounts over the snapshot.
func (f *furniture) Count(site string, block uint64) int {
	return f.snap[blockKey{site, block}]
}

// load replaces the snapshot with the store's frequent blocks.
func (f *furniture) load(ctx context.Context, st Store) error {
	snap := map[blockKey]int{}
	err := st.EachBlockCount(ctx, f.minPages, func(c store.BlockCount) error {
		snap[blockKey{c.Site, c.Hash}] = c.Pages
		return nil
	})
	if err != nil {
		return err
	}
	f.snap = snap
	return nil
}

// observe adds the blocks of a newly stored original article to batch:
// its kept paragraphs and the furniture removed from it, each once.
// Copies are left out: an article republished on five pages of one site
// is not that site's furniture.
func (f *furniture) observe(a news.Article, batch *store.Batch) {
	site := news.Site(a.URL)
	if site == "" || f.minPages <= 0 {
		return
	}
	learn := f.learned[site] < furnitureLearnPages
	if learn {
		f.learned[site]++
	}
	seen := map[uint64]bool{}
	add := func(block string) {
		block = strings.TrimSpace(block)
		if block == "" || textnorm.CountWords(block) > furnitureMaxWords {
			return
		}
		h := extract.BlockHash(block)
		if seen[h] {
			return
		}
		seen[h] = true
		if learn || f.snap[blockKey{site, h}] > 0 {
			batch.Blocks = append(batch.Blocks, store.BlockCount{Site: site, Hash: h, Pages: 1})
		}
	}
	for _, para := range strings.Split(a.Body, "\n\n") {
		add(para)
	}
	for _, r := range a.Removed {
		add(r)
	}
}
