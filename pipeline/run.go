package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/storyfold/storyfold/cluster"
	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/news"
)

// extracted is one page after the extraction workers.
type extracted struct {
	n       int // position in the source, for reordering
	page    news.Page
	article news.Article
	skip    *news.Skip
	// prep is the article's clustering features read from its text
	// alone (cluster.Prepare), and sig its copy signature signed from
	// the same word hashes: the workers do both in parallel, so the one
	// goroutine that decides in order only looks them up.
	prep *cluster.Prepared
	sig  dedup.Signature
}

// preparedPool holds the clustering preparations the batcher is done
// with, for the workers to Reset: a fresh one grew its word hashes from
// nothing for every article (AppendWordHashes was the largest allocation
// of a bench ingest, 9% of its bytes, and its growth copies 0.8% of the
// CPU). The clusterer keeps nothing of a Prepared once AddPrepared
// returns, and the copy signature is made from its words, not of them.
// A nil pool makes each anew (TestPreparedReuse holds the two equal).
type preparedPool struct{ pool *sync.Pool }

func newPreparedPool() preparedPool {
	return preparedPool{&sync.Pool{New: func() any { return new(cluster.Prepared) }}}
}

func (pp preparedPool) get() *cluster.Prepared {
	if pp.pool == nil {
		return new(cluster.Prepared)
	}
	return pp.pool.Get().(*cluster.Prepared)
}

// put gives back a preparation the batcher has decided.
func (pp preparedPool) put(p *cluster.Prepared) {
	if pp.pool != nil {
		pp.pool.Put(p)
	}
}

// storedBefore is the extraction workers' question: is the page with this
// record ID stored already, so that it need not be extracted? True only
// when the store says so; the filter's "no" is sure and spares asking it.
// A failed lookup says false: the page is extracted, and the batcher's own
// lookup reports the error.
func (p *Pipeline) storedBefore(ctx context.Context, id string) bool {
	if !p.known.mayContain(id) {
		return false
	}
	known, err := p.store.Known(ctx, []string{id})
	return err == nil && known[id]
}

// Run reads every page from src through the stages into the store and
// returns the run's counts. each, when not nil, is called with every
// record's outcome in input order, from one goroutine, once the record's
// batch is committed: an outcome handed out is on disk. A skipped record
// is an outcome, never an error. The error is non-nil only when ctx ends, the
// source fails or the store fails; what was committed before stays
// committed.
func (p *Pipeline) Run(ctx context.Context, src Source, each func(news.Outcome)) (Stats, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.current = false
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	pages := make(chan extracted, 2*p.opts.Workers)
	results := make(chan extracted, 2*p.opts.Workers)
	var srcErr error
	go func() { // owner of pages: closes it when the source is done
		defer close(pages)
		n := 0
		srcErr = src(ctx, func(pg news.Page) error {
			select {
			case pages <- extracted{n: n, page: pg}:
				n++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range p.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			signer := dedup.NewSigner(p.opts.Dedup) // a Signer reuses its buffers: one per worker
			for x := range pages {
				// A record stored by an earlier run (a crawl re-read after
				// a crash) is not extracted again; the consumer answers it
				// as known. Should the lookup fail, the page is extracted
				// and the consumer's own lookup reports the error. The
				// filter's "no" is sure and spares the store's query.
				if !p.storedBefore(ctx, x.page.ID) {
					x.article, x.skip = p.extractOne(x.page)
					if x.skip == nil {
						x.prep = p.prepared.get()
						x.prep.Reset(clusterDoc(x.article, ""), p.opts.Cluster)
						x.sig = signer.SignWords(x.prep.BodyWords())
					}
				}
				select {
				case results <- x:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	stats, err := p.consume(ctx, results, each)
	cancel()
	for range results { // drain so every worker can exit
	}
	if err == nil && srcErr != nil {
		err = fmt.Errorf("read input: %w", srcErr)
	}
	if err == nil {
		// The run's block counts are committed: the next run extracts with them.
		if lerr := p.furn.load(parent, p.store); lerr != nil {
			err = fmt.Errorf("reload block counts: %w", lerr)
		}
	}
	p.current = err == nil
	return stats, err
}

// extractOne extracts a page, turning a failure into a typed skip. An
// unexpected error (a panic in a third-party extractor included) becomes a
// no_text skip with its message, so one bad page never stops a batch.
func (p *Pipeline) extractOne(pg news.Page) (a news.Article, skip *news.Skip) {
	defer func() {
		if r := recover(); r != nil {
			a, skip = news.Article{}, news.Skipf(news.SkipMalformed, "extractor failed: %v", r)
		}
	}()
	a, err := p.extractor.Extract(pg)
	if err == nil {
		return a, nil
	}
	var s *news.Skip
	if errors.As(err, &s) {
		// A skipped page's metadata (Extract reads it beside the skip) is
		// no article to store, but its address and title go with the skip
		// record (batch), so the caller gets them and no body.
		return news.Article{URL: a.URL, Title: a.Title}, s
	}
	return news.Article{}, news.Skipf(news.SkipMalformed, "%v", err)
}

// consume puts results back in input order and hands them to the batcher.
func (p *Pipeline) consume(ctx context.Context, results <-chan extracted, each func(news.Outcome)) (Stats, error) {
	b := p.newBatcher(ctx, each)
	pending := make(map[int]extracted)
	next := 0
	for x := range results {
		pending[x.n] = x
		for {
			y, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := b.add(ctx, y); err != nil {
				return b.stats, b.stop(err)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return b.stats, b.stop(err)
	}
	for _, step := range []func(context.Context) error{b.flush, b.maintain, b.derive} {
		if err := step(ctx); err != nil {
			return b.stats, b.stop(err)
		}
	}
	return b.stats, b.finish()
}
