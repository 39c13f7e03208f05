// Package pipeline wires storyfold's stages together: pages from a source
// are extracted by a fixed pool of workers, then — one at a time, in input
// order, so results do not depend on scheduling — checked against the copy
// index, assigned to a story and written to the store in batches, one
// transaction each. It is the only package besides cmd that joins stages.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/storyfold/storyfold/claims"
	"github.com/storyfold/storyfold/cluster"
	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// Store is what the pipeline needs from persistence.
type Store interface {
	// Known says which record IDs are already stored.
	Known(ctx context.Context, ids []string) (map[string]bool, error)
	// Write stores one batch atomically.
	Write(ctx context.Context, b store.Batch) error
	// EachArticleFrom replays the stored articles from ingest sequence
	// number from on, in ingest order; without text, only Seq, ID,
	// Published, Words, StoryID, DuplicateOf and Signature are filled.
	EachArticleFrom(ctx context.Context, from int64, withText bool, fn func(store.ArticleRecord) error) error
	// EachSkipID replays the IDs of the stored skips (records that gave
	// no article), in no particular order.
	EachSkipID(ctx context.Context, fn func(id string) error) error
	// MaxSeq returns the highest ingest sequence number stored, 0 when
	// empty.
	MaxSeq(ctx context.Context) (int64, error)
	// Article returns one stored article, or store.ErrNotFound.
	Article(ctx context.Context, id string) (store.ArticleRecord, error)
	// StoryArticles returns one story's stored articles.
	StoryArticles(ctx context.Context, storyID string) ([]store.ArticleRecord, error)
	// StaleStories lists stories whose derived header does not match their
	// articles (missing, wrong count, or left empty).
	StaleStories(ctx context.Context) ([]string, error)
	// EachBlockCount replays the per-site block counts of at least
	// minPages pages.
	EachBlockCount(ctx context.Context, minPages int, fn func(store.BlockCount) error) error
	// SaveState keeps data under name as the state of what is stored
	// now; State returns it until the next Write, and store.ErrNotFound
	// after it or when none was saved.
	SaveState(ctx context.Context, name string, data []byte) error
	State(ctx context.Context, name string) ([]byte, error)
}

// Source produces pages until it is done or ctx ends; it stops when emit
// returns an error. ingest.Read has this shape once its inputs are bound.
type Source func(ctx context.Context, emit func(news.Page) error) error

// Options configures a Pipeline.
type Options struct {
	// Workers is the number of extraction goroutines.
	Workers int
	// BatchSize is the number of records per store transaction.
	BatchSize int
	// DeriveEvery is how many records may be stored before the stories
	// they touched get their derived data (headline, span, ledger) rebuilt;
	// a run always rebuilds at its end. Rebuilding a story once for many
	// new articles rather than once per batch is what keeps a long ingest
	// fast.
	DeriveEvery int
	// RestoreClusterArticles is how many of the most recent articles the
	// clusterer is rebuilt from on start. The copy index and copy groups
	// are always rebuilt whole (from stored signatures, without reading
	// bodies); the clusterer needs each article's text, and keeps only
	// MaxStories recently touched stories anyway, so rebuilding it from a
	// bounded tail keeps a restart's cost flat as the store grows.
	RestoreClusterArticles int
	// MaxLedgerArticles caps the articles a story's claim ledger is built
	// from (originals first, oldest first), so a story with thousands of
	// copies costs no more to update than one with fifty.
	MaxLedgerArticles int
	Extract           extract.Options
	Dedup             dedup.Options
	Cluster           cluster.Options
	Claims            claims.Options
	// Now is the clock; articles are stamped with it when first seen.
	Now func() time.Time
	// Progress, when set, is called after each batch with the running totals.
	Progress func(Stats)
}

// DefaultOptions returns the options storyfold runs with.
func DefaultOptions() Options {
	return Options{
		Workers:           runtime.NumCPU(),
		BatchSize:         256,
		DeriveEvery:       8192,
		MaxLedgerArticles: 50,
		// 20,000 live stories (cluster.Options.MaxStories) of about five
		// articles each. Restoring costs about 0.3 ms of CPU an article
		// (a 100k store: 31 s), nearly all the clusterer's feature
		// extraction.
		RestoreClusterArticles: 100_000,
		Extract:                extract.DefaultOptions(),
		Dedup:                  dedup.DefaultOptions(),
		Cluster:                cluster.DefaultOptions(),
		Claims:                 claims.DefaultOptions(),
		Now:                    time.Now,
	}
}

// Stats counts what a run did.
type Stats struct {
	// Read is the number of records the source produced.
	Read int `json:"read"`
	// Ingested is the number of new articles stored.
	Ingested int `json:"ingested"`
	// Copies is how many of the ingested articles are copies of another.
	Copies int `json:"copies"`
	// Known is the number of records already stored before the run.
	Known int `json:"known"`
	// Skipped counts the records that gave no article, by reason.
	Skipped map[news.SkipReason]int `json:"skipped"`
	// Stories is the number of stories the run created or changed.
	Stories int `json:"stories"`
}

// SkippedTotal returns the number of skipped records.
func (s Stats) SkippedTotal() int {
	n := 0
	for _, c := range s.Skipped {
		n += c
	}
	return n
}

// Pipeline holds the in-memory state the stages share across runs: the
// copy index, copy groups and the clusterer. Runs are serialised.
type Pipeline struct {
	opts      Options
	store     Store
	extractor *extract.Extractor
	signer    *dedup.Signer
	ledger    *claims.Extractor
	furn      *furniture // per-site block counts; see furniture.go
	prepared  preparedPool

	mu        sync.Mutex // serialises Run; guards everything below
	index     *dedup.Index
	clusterer *cluster.Clusterer
	copies    *copyGroups
	recent    *recentBodies // bodies of the last articles decided; see bestCopy
	// known holds every record ID stored (restore) or handed to the
	// writer since, for the extraction workers; see knownFilter. It is
	// safe to use without mu.
	known   *knownFilter
	stories storyTable // every article's story, by the copy index's article number
	seq     int64
	// current is false from the start of a run until it ends without
	// error: a run cut short may have decided articles whose batches
	// never reached the store, and its clusterer must not be saved.
	current bool
	// fromState records that New took the clusterer up from its saved
	// state rather than rebuilding it from the articles; saved, that the
	// store's saved state is the clusterer's and still current: taken up
	// or saved, and nothing written since.
	fromState, saved bool
}

// clusterState is the name the clusterer's saved state goes under.
const clusterState = "cluster"

// New builds a pipeline over st and restores its state from what st holds.
func New(ctx context.Context, st Store, o Options) (*Pipeline, error) {
	if o.Workers < 1 {
		o.Workers = 1
	}
	if o.BatchSize < 1 {
		o.BatchSize = 1
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	furn := newFurniture(o.Extract.FurnitureMinPages)
	if o.Extract.BlockCounts == nil {
		o.Extract.BlockCounts = furn
	}
	index := dedup.NewIndex(o.Dedup)
	p := &Pipeline{
		opts:      o,
		index:     index,
		store:     st,
		furn:      furn,
		prepared:  newPreparedPool(),
		extractor: extract.New(o.Extract),
		signer:    dedup.NewSigner(o.Dedup),
		ledger:    claims.New(o.Claims),
		recent:    newRecentBodies(recentBodiesPerBatch * o.BatchSize),
		clusterer: cluster.New(o.Cluster),
		copies:    newCopyGroups(index),
		stories:   newStoryTable(),
		current:   true, // what is restored is what is stored
	}
	if err := p.restore(ctx); err != nil {
		return nil, fmt.Errorf("restore pipeline state: %w", err)
	}
	if err := furn.load(ctx, st); err != nil {
		return nil, fmt.Errorf("restore pipeline state: %w", err)
	}
	if p.fromState {
		// The state was saved after a run that ended well, and nothing
		// was written since: the stories are as that run left them.
		return p, nil
	}
	stale, err := st.StaleStories(ctx)
	if err != nil {
		return nil, fmt.Errorf("restore pipeline state: %w", err)
	}
	if len(stale) > 0 {
		ids := make(map[string]bool, len(stale))
		for _, id := range stale {
			ids[id] = true
		}
		if err := p.rederive(ctx, ids); err != nil {
			return nil, fmt.Errorf("repair %d stale stories: %w", len(stale), err)
		}
	}
	return p, nil
}

// restore replays the stored articles into the in-memory indexes: every
// article into the copy index (from its stored signature: a restart never
// rehashes the corpus) and copy groups. The clusterer takes up the state
// the last run saved (SaveState) when nothing was written since, and is
// otherwise rebuilt from the last RestoreClusterArticles articles.
func (p *Pipeline) restore(ctx context.Context) error {
	n, err := p.store.MaxSeq(ctx)
	if err != nil {
		return err
	}
	p.index.Reserve(int(n))
	p.known = newKnownFilter(int(n))
	err = p.store.EachArticleFrom(ctx, 0, false, func(r store.ArticleRecord) error {
		var sig dedup.Signature
		if err := sig.UnmarshalBinary(r.Signature); err != nil {
			return fmt.Errorf("decode signature of %s: %w", r.ID, err)
		}
		p.index.Add(r.ID, sig)
		p.known.add(r.ID)
		p.copies.restore(r)
		p.stories.add(r.StoryID)
		p.seq = max(p.seq, r.Seq)
		return nil
	})
	if err != nil {
		return err
	}
	p.copies.restored()
	err = p.store.EachSkipID(ctx, func(id string) error {
		p.known.add(id)
		return nil
	})
	if err != nil {
		return err
	}
	switch data, err := p.store.State(ctx, clusterState); {
	case err == nil:
		// A state this build cannot take up (another version, other
		// options) is no error: the articles rebuild it.
		if p.clusterer.UnmarshalBinary(data) == nil {
			p.fromState, p.saved = true, true
			return nil
		}
	case !errors.Is(err, store.ErrNotFound):
		return err
	}
	from := int64(0)
	if n := int64(p.opts.RestoreClusterArticles); n > 0 {
		from = p.seq - n + 1
	}
	return p.restoreClusterer(ctx, from)
}

// SaveState saves the clusterer's state in the store, so that the next
// New over it takes the stories up where this pipeline leaves them instead
// of rebuilding them from the articles. It saves nothing after a run that
// failed: the clusterer may then hold articles the store does not. The
// state is the clusterer's whole memory (on the 100k bench store, tens of
// megabytes), so callers save when they stop, not after every run.
func (p *Pipeline) SaveState(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.current || p.saved {
		return nil
	}
	data, err := p.clusterer.MarshalBinary()
	if err != nil {
		return fmt.Errorf("save clusterer state: %w", err)
	}
	if err := p.store.SaveState(ctx, clusterState, data); err != nil {
		return err
	}
	p.saved = true
	return nil
}

// restoreClusterer puts the articles from seq from back into the
// clusterer's stories. A goroutine reads them and prepares their features
// (cluster.Prepare, most of the work) while this one hands them to the
// clusterer in order: a restart takes both cores. Restored batches go back
// to the reader, whose next batches reuse their buffers.
func (p *Pipeline) restoreClusterer(ctx context.Context, from int64) error {
	// A copy is prepared only if its original is not in the tail, which
	// the clusterer tells (Restore).
	type restored struct {
		doc   cluster.Doc
		story string
		prep  *cluster.Prepared // the doc prepared, unless it is a copy
		copy  bool
	}
	const batchSize = 256
	batches, spent := make(chan []restored, 2), make(chan []restored, 4)
	var readErr error
	go func() { // owner of batches: closes it when the articles are read
		defer close(batches)
		next := func() []restored {
			select {
			case b := <-spent:
				return b[:0]
			default:
				return make([]restored, 0, batchSize)
			}
		}
		b := next()
		readErr = p.store.EachArticleFrom(ctx, from, true, func(r store.ArticleRecord) error {
			b = b[:len(b)+1] // the slot keeps the Prepared a spent batch left in it
			x := &b[len(b)-1]
			x.doc, x.story = clusterDoc(r.Article, r.DuplicateOf), r.StoryID
			if x.copy = x.doc.CopyOf != ""; !x.copy {
				if x.prep == nil {
					x.prep = new(cluster.Prepared)
				}
				x.prep.Reset(x.doc, p.opts.Cluster)
			}
			if len(b) == batchSize {
				batches <- b
				b = next()
			}
			return nil
		})
		if readErr == nil && len(b) > 0 {
			batches <- b
		}
	}()
	for b := range batches {
		for _, r := range b {
			if r.copy {
				p.clusterer.Restore(r.doc, r.story)
			} else {
				p.clusterer.RestorePrepared(r.prep, r.story)
			}
		}
		select {
		case spent <- b:
		default:
		}
	}
	return readErr
}

func clusterDoc(a news.Article, copyOf string) cluster.Doc {
	return cluster.Doc{ID: a.ID, Title: a.Title, Body: a.Body, Published: a.Published, CopyOf: copyOf}
}
