package pipeline

import (
	"context"
	"fmt"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/textnorm"
)

// batcher decides each record in input order and writes them to the store
// in batches of Options.BatchSize, one transaction each.
type batcher struct {
	p       *Pipeline
	each    func(news.Outcome)
	pending []extracted
	stats   Stats
	touched map[string]bool // stories changed by this run
	dirty   map[string]bool // stories whose derived data is not yet rebuilt
	stale   int             // records stored since the last rebuild
	skipRun map[string]bool // skipped record IDs decided in this run
}

func (p *Pipeline) newBatcher(each func(news.Outcome)) *batcher {
	return &batcher{
		p:       p,
		each:    each,
		stats:   Stats{Skipped: map[news.SkipReason]int{}},
		touched: map[string]bool{},
		dirty:   map[string]bool{},
		skipRun: map[string]bool{},
	}
}

func (b *batcher) add(ctx context.Context, x extracted) error {
	b.stats.Read++
	b.pending = append(b.pending, x)
	if len(b.pending) >= b.p.opts.BatchSize {
		return b.flush(ctx)
	}
	return nil
}

// flush decides the pending records and commits them in one transaction.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	ids := make([]string, 0, len(b.pending))
	for _, x := range b.pending {
		ids = append(ids, recordID(x))
	}
	known, err := b.p.store.Known(ctx, ids)
	if err != nil {
		return err
	}
	var (
		batch   store.Batch
		stories = map[string]bool{}
		now     = b.p.opts.Now()
	)
	for _, x := range b.pending {
		id := recordID(x)
		out := news.Outcome{PageID: id, InputID: x.page.InputID}
		story, stored := b.p.storyOf[id]
		switch {
		case known[id] || stored || b.skipRun[id]:
			out.Known, out.StoryID = true, story
			b.stats.Known++
		case x.skip != nil:
			out.Skip = x.skip
			b.skipRun[id] = true
			b.stats.Skipped[x.skip.Reason]++
			batch.Skips = append(batch.Skips, store.SkipRecord{
				ID: id, InputID: x.page.InputID, Origin: x.page.Origin,
				Reason: x.skip.Reason, Detail: x.skip.Detail, Seen: now,
			})
		default:
			x.article.Seen = now
			rec, copied := b.p.decide(x.article, &batch)
			batch.Articles = append(batch.Articles, rec)
			out.StoryID, out.DuplicateOf = rec.StoryID, rec.DuplicateOf
			stories[rec.StoryID] = true
			b.stats.Ingested++
			if copied {
				b.stats.Copies++
			}
		}
		if b.each != nil {
			b.each(out)
		}
	}
	b.stale += len(b.pending)
	b.pending = b.pending[:0]
	// Articles first, then — every DeriveEvery records and at the end of
	// the run — the stories derived from them: a crash in between leaves
	// stale story headers, which New finds and rebuilds.
	if err := b.p.store.Write(ctx, batch); err != nil {
		return err
	}
	for _, m := range batch.Moves {
		stories[m.StoryID] = true
	}
	for id := range stories {
		b.touched[id], b.dirty[id] = true, true
	}
	b.stats.Stories = len(b.touched)
	if b.stale >= b.p.opts.DeriveEvery {
		if err := b.derive(ctx); err != nil {
			return err
		}
	}
	if b.p.opts.Progress != nil {
		b.p.opts.Progress(b.stats)
	}
	return nil
}

// derive rebuilds the dirty stories' derived data.
func (b *batcher) derive(ctx context.Context) error {
	if err := b.p.rederive(ctx, b.dirty); err != nil {
		return err
	}
	clear(b.dirty)
	b.stale = 0
	return nil
}

// recordID is the ID a record is stored under: its page ID, which ingest
// derives from the content.
func recordID(x extracted) string { return x.page.ID }

// decide runs copy detection and clustering for one new article and
// returns its record and whether it copies an article seen before (it may
// itself be chosen as the original of its group). Copy-group changes to
// stored articles (a new, older original) go into batch.Moves.
func (p *Pipeline) decide(a news.Article, batch *store.Batch) (store.ArticleRecord, bool) {
	p.seq++
	sig := p.signer.Sign(a.Body)
	sigBytes, err := sig.MarshalBinary()
	if err != nil {
		// A signature always encodes; keep the article even if it did not.
		sigBytes = nil
	}
	rec := store.ArticleRecord{Article: a, Seq: p.seq, Signature: sigBytes, Words: len(textnorm.Words(a.Body))}
	matchID := p.bestCopy(sig)
	p.index.Add(a.ID, sig)
	asg := p.clusterer.Add(clusterDoc(a, matchID))
	rec.StoryID = asg.StoryID
	p.storyOf[a.ID] = rec.StoryID
	id, info := memberOf(rec)
	if matchID == "" {
		p.copies.single(id, info)
		return rec, false
	}
	for _, ch := range p.copies.join(matchID, id, info) {
		if ch.ID == a.ID {
			rec.DuplicateOf = ch.DuplicateOf
			continue
		}
		if !patchPending(batch, ch) {
			batch.Moves = append(batch.Moves, store.Move{ArticleID: ch.ID, StoryID: p.storyOf[ch.ID], DuplicateOf: ch.DuplicateOf})
		}
	}
	return rec, true
}

// bestCopy returns the ID of the indexed article sig is most surely a copy
// of, or "" when it copies none. Ties go to the smaller ID, so the choice
// does not depend on the index's iteration order.
func (p *Pipeline) bestCopy(sig dedup.Signature) string {
	best, bestScore := "", 0.0
	for _, m := range p.index.Query(sig) {
		score := max(m.Jaccard, m.Containment)
		if score > bestScore || (score == bestScore && m.ID < best) {
			best, bestScore = m.ID, score
		}
	}
	return best
}

// patchPending applies a copy-group change to an article still in the
// batch; it reports false when the article is already stored.
func patchPending(batch *store.Batch, ch dupChange) bool {
	for i := range batch.Articles {
		if batch.Articles[i].ID == ch.ID {
			batch.Articles[i].DuplicateOf = ch.DuplicateOf
			return true
		}
	}
	return false
}

// maintain applies the clusterer's merges and splits at the end of a run.
func (b *batcher) maintain(ctx context.Context) error {
	moves := b.p.clusterer.Maintain()
	if len(moves) == 0 {
		return nil
	}
	var batch store.Batch
	changed := map[string]bool{}
	for _, m := range moves {
		if m.From == m.To {
			continue
		}
		b.p.storyOf[m.ArticleID] = m.To
		batch.Moves = append(batch.Moves, store.Move{
			ArticleID: m.ArticleID, StoryID: m.To, DuplicateOf: b.p.copies.duplicateOf(m.ArticleID),
		})
		changed[m.From], changed[m.To] = true, true
	}
	if err := b.p.store.Write(ctx, batch); err != nil {
		return fmt.Errorf("apply story merges: %w", err)
	}
	for id := range changed {
		b.touched[id], b.dirty[id] = true, true
	}
	b.stats.Stories = len(b.touched)
	return nil
}
