package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/storyfold/storyfold/dedup"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// batcher decides each record in input order and hands the decided
// batches to a writer goroutine, which commits them one transaction each
// and has its deriver rebuild the touched stories, so that deciding batch
// k+1 overlaps writing batch k and rebuilding the stories of earlier ones.
type batcher struct {
	p       *Pipeline
	pending []extracted
	stats   Stats
	touched map[string]bool // stories changed by this run
	stale   int             // records decided since the last rebuild was asked for
	skipRun map[string]bool // skipped record IDs decided in this run
	w       *writer
}

func (p *Pipeline) newBatcher(ctx context.Context, each func(news.Outcome)) *batcher {
	return &batcher{
		p:       p,
		stats:   Stats{Skipped: map[news.SkipReason]int{}},
		touched: map[string]bool{},
		skipRun: map[string]bool{},
		w:       p.startWriter(ctx, each),
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

// flush decides the pending records and hands them to the writer.
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
	// Every record of the batch is stored once its job commits (an
	// article, a skip, or known already): in the filter before the writer
	// has the batch, so the workers' filter never says "not stored" for
	// one committed.
	b.p.known.add(ids...)
	var (
		batch   store.Batch
		stories = map[string]bool{}
		now     = b.p.opts.Now()
		outs    = make([]news.Outcome, 0, len(b.pending))
	)
	for _, x := range b.pending {
		id := recordID(x)
		out := news.Outcome{PageID: id, InputID: x.page.InputID}
		story, stored := b.p.storyOf(id)
		switch {
		case known[id] || stored || b.skipRun[id]:
			out.Known, out.StoryID = true, story
			b.stats.Known++
		case x.skip != nil:
			out.Skip = x.skip
			b.skipRun[id] = true
			b.stats.Skipped[x.skip.Reason]++
			batch.Skips = append(batch.Skips, skipRecord(id, x, now))
		default:
			x.article.Seen = now
			rec, copied, err := b.p.decide(ctx, x, &batch)
			if err != nil {
				return err
			}
			batch.Articles = append(batch.Articles, rec)
			if !copied && rec.Format == news.FormatText {
				b.p.furn.observe(rec.Article, &batch)
			}
			out.StoryID, out.DuplicateOf = rec.StoryID, rec.DuplicateOf
			stories[rec.StoryID] = true
			b.stats.Ingested++
			if copied {
				b.stats.Copies++
			}
		}
		outs = append(outs, out)
	}
	b.stale += len(b.pending)
	derive := b.stale >= b.p.opts.DeriveEvery
	if derive {
		b.stale = 0
	}
	// An article decided early in the batch may have become a copy (or an
	// original) of one decided after it: each outcome says what is true
	// when the batch commits.
	for i := range outs {
		if o := &outs[i]; !o.Known && o.Skip == nil {
			o.StoryID, _ = b.p.storyOf(o.PageID)
			o.DuplicateOf = b.p.copies.duplicateOf(o.PageID)
		}
	}
	for i := range b.pending {
		if prep := b.pending[i].prep; prep != nil { // decided: the clusterer is done with it
			b.p.prepared.put(prep)
			b.pending[i].prep = nil
		}
	}
	b.pending = b.pending[:0]
	for _, m := range batch.Moves {
		stories[m.StoryID] = true
	}
	for id := range stories {
		b.touched[id] = true
	}
	b.stats.Stories = len(b.touched)
	// Articles first, then — every DeriveEvery records and at the end of
	// the run — the stories derived from them: a crash in between leaves
	// stale story headers, which New finds and rebuilds.
	if err := b.w.send(ctx, writeJob{batch: batch, outs: outs, stories: stories, derive: derive, stats: b.stats.clone()}); err != nil {
		return err
	}
	if !derive {
		return nil
	}
	// The clusterer's maintenance runs while the deriver rebuilds the
	// stories just asked for: run after the request, the two fill both
	// cores, where maintenance alone left one idle (deciding waits for
	// it, and so do the writer and the extraction workers). The stories
	// it changes are marked dirty and rebuilt with the next request, or
	// at the end of the run; a long run (a crawl file) is maintained as
	// it goes.
	return b.maintain(ctx)
}

// derive asks for the dirty stories' derived data to be rebuilt.
func (b *batcher) derive(ctx context.Context) error {
	b.stale = 0
	return b.w.send(ctx, writeJob{derive: true})
}

// finish waits for the writer to commit what it was sent.
func (b *batcher) finish() error { return b.w.close() }

// stop ends the run on err (often the writer's own error): it waits for
// the writer and returns err, or the writer's error if err is nil.
func (b *batcher) stop(err error) error {
	if werr := b.finish(); err == nil {
		return werr
	}
	return err
}

// writeJob is one unit of the writer's work, in order: commit batch, hand
// out its records' outcomes, mark stories dirty, have the dirty stories
// rebuilt when derive is set, report stats as committed.
type writeJob struct {
	batch   store.Batch
	outs    []news.Outcome
	stories map[string]bool
	derive  bool
	stats   *Stats
}

// writer owns the store writes of one run and the set of stories whose
// derived data is stale. It stops at its first error, which send and
// close report.
type writer struct {
	jobs   chan writeJob
	failed chan struct{} // closed on the first error, after err is set
	done   chan struct{}
	cancel context.CancelCauseFunc
	err    error
}

// writerQueue is how many decided batches may wait for the writer; the
// recent bodies (recent.go) cover them.
const writerQueue = 1

// startWriter starts the writer goroutine, which owns a deriver; close
// stops both.
func (p *Pipeline) startWriter(ctx context.Context, each func(news.Outcome)) *writer {
	ctx, cancel := context.WithCancelCause(ctx)
	w := &writer{
		jobs: make(chan writeJob, writerQueue), failed: make(chan struct{}), done: make(chan struct{}),
		cancel: cancel,
	}
	go func() {
		defer close(w.done)
		d := p.startDeriver(ctx, cancel)
		dirty := map[string]bool{}
		var err error
		for job := range w.jobs {
			if err = p.runJob(ctx, job, each, dirty, d); err != nil {
				cancel(err)
				break
			}
		}
		derr := d.close()
		// The first failure, the writer's or the deriver's, cancelled the
		// other: report it, not what the cancellation made of the other's
		// work (a write cut short by it fails with "transaction has
		// already been committed or rolled back", not context.Canceled).
		if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
			err = cause
		} else if err == nil {
			err = derr
		}
		if w.err = err; err != nil {
			close(w.failed)
			for range w.jobs { // drain until the batcher hears of it
			}
		}
	}()
	return w
}

func (p *Pipeline) runJob(ctx context.Context, job writeJob, each func(news.Outcome), dirty map[string]bool, d *deriver) error {
	// A batch with anything in it makes the saved state out of date; so
	// do the deriver's writes, which only follow such batches (the writer
	// owns saved while a run lasts). A rebuild request's empty batch is no
	// write.
	if !job.batch.Empty() {
		p.saved = false
	}
	if err := p.store.Write(ctx, job.batch); err != nil {
		return err
	}
	if each != nil {
		for _, out := range job.outs {
			each(out)
		}
	}
	for id := range job.stories {
		dirty[id] = true
	}
	if job.derive && len(dirty) > 0 {
		if err := d.send(ctx, maps.Clone(dirty)); err != nil {
			return err
		}
		clear(dirty)
	}
	if job.stats != nil && p.opts.Progress != nil {
		p.opts.Progress(*job.stats)
	}
	return nil
}

// deriver rebuilds stories' derived data (headline, time span, ledger) on
// its own goroutine, from what the writer has committed, so that the next
// batches are decided and written meanwhile: the rebuild, a third of an
// ingest's work, then fills the cores that deciding in input order leaves
// idle. A story a later batch changes is marked dirty again by the writer
// and rebuilt by the next request; the run ends only when the last
// request is done, so a finished run's stories are all current.
type deriver struct {
	sets chan map[string]bool
	done chan struct{}
	err  error // set before done closes
}

func (p *Pipeline) startDeriver(ctx context.Context, cancel context.CancelCauseFunc) *deriver {
	// One request may wait while one is rebuilt: requests come every
	// DeriveEvery records, far apart next to a rebuild.
	d := &deriver{sets: make(chan map[string]bool, 1), done: make(chan struct{})}
	go func() {
		defer close(d.done)
		for ids := range d.sets {
			if d.err != nil {
				continue // drain so the writer never blocks
			}
			if err := p.rederive(ctx, ids); err != nil {
				d.err = err
				cancel(err)
			}
		}
	}()
	return d
}

// send asks for the stories ids to be rebuilt.
func (d *deriver) send(ctx context.Context, ids map[string]bool) error {
	select {
	case d.sets <- ids:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close waits for the requested rebuilds and returns the first error.
func (d *deriver) close() error {
	close(d.sets)
	<-d.done
	return d.err
}

// send hands the writer a job, or reports why it cannot take one: the
// writer's failure is looked at first, so no batch is decided after it
// is known.
func (w *writer) send(ctx context.Context, job writeJob) error {
	select {
	case <-w.failed:
		return w.err
	default:
	}
	select {
	case w.jobs <- job:
		return nil
	case <-w.failed:
		return w.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close waits for the writer to finish its jobs and returns its error.
func (w *writer) close() error {
	close(w.jobs)
	<-w.done
	w.cancel(nil)
	return w.err
}

// clone copies the stats, so the writer reports them as of its batch.
func (s Stats) clone() *Stats {
	s.Skipped = maps.Clone(s.Skipped)
	return &s
}

// recordID is the ID a record is stored under: its page ID, which ingest
// derives from the content.
func recordID(x extracted) string { return x.page.ID }

// decide runs copy detection and clustering for one new article, which
// the workers prepared for clustering and signed, and returns its record
// and whether it copies an article seen before (it may itself be chosen
// as the original of its group). Copy-group changes to stored articles (a
// new, older original) go into batch.Moves.
func (p *Pipeline) decide(ctx context.Context, x extracted, batch *store.Batch) (store.ArticleRecord, bool, error) {
	a, prep, sig := x.article, x.prep, x.sig
	matchID, err := p.bestCopy(ctx, sig, a.Body)
	if err != nil {
		return store.ArticleRecord{}, false, err
	}
	sigBytes, err := sig.MarshalBinary()
	if err != nil {
		// A signature always encodes; keep the article even if it did not.
		sigBytes = nil
	}
	p.seq++
	rec := store.ArticleRecord{Article: a, Seq: p.seq, Signature: sigBytes, Words: sig.Words}
	p.index.Add(a.ID, sig)
	p.recent.add(a.ID, a.Body)
	prep.CopyOf = matchID
	asg := p.clusterer.AddPrepared(prep)
	rec.StoryID = asg.StoryID
	p.stories.add(rec.StoryID)
	id, info := memberOf(rec)
	if matchID == "" {
		p.copies.single(info)
		return rec, false, nil
	}
	for _, ch := range p.copies.join(matchID, id, info) {
		if ch.ID == a.ID {
			rec.DuplicateOf = ch.DuplicateOf
			continue
		}
		if !patchPending(batch, ch) {
			story, _ := p.storyOf(ch.ID)
			batch.Moves = append(batch.Moves, store.Move{ArticleID: ch.ID, StoryID: story, DuplicateOf: ch.DuplicateOf})
		}
	}
	return rec, true, nil
}

// bestCopy returns the ID of the indexed article the article signed sig,
// with body, is most surely a copy of, or "" when it copies none. Ties go
// to the smaller ID, so the choice does not depend on the index's
// iteration order. A match the index only estimated is verified on both
// bodies (dedup.Signer.Verify): small sets scatter the estimate widely.
func (p *Pipeline) bestCopy(ctx context.Context, sig dedup.Signature, body string) (string, error) {
	ms := p.index.Query(sig)
	slices.SortStableFunc(ms, func(a, b dedup.Match) int {
		return cmp.Or(cmp.Compare(max(b.Jaccard, b.Containment), max(a.Jaccard, a.Containment)), cmp.Compare(a.ID, b.ID))
	})
	for _, m := range ms {
		if m.Exact {
			return m.ID, nil
		}
		other, err := p.bodyOf(ctx, m.ID)
		switch {
		case errors.Is(err, store.ErrNotFound):
			return m.ID, nil // indexed but gone from the store: the estimate decides
		case err != nil:
			return "", err
		}
		if _, _, ok := p.signer.Verify(body, other); ok {
			return m.ID, nil
		}
	}
	return "", nil
}

// bodyOf returns an indexed article's body: from the recent articles,
// which hold every one not yet committed, or from the store.
func (p *Pipeline) bodyOf(ctx context.Context, id string) (string, error) {
	if body, ok := p.recent.get(id); ok {
		return body, nil
	}
	rec, err := p.store.Article(ctx, id)
	if err != nil {
		return "", fmt.Errorf("verify copy of %s: %w", id, err)
	}
	return rec.Body, nil
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

// maintain hands the writer the clusterer's merges and splits as a job of
// their own; the stories they change stay dirty until the next rebuild
// request (every DeriveEvery records, and the run's last).
func (b *batcher) maintain(ctx context.Context) error {
	var batch store.Batch
	changed := map[string]bool{}
	if !b.applyMaintenance(&batch, changed) {
		return nil
	}
	if err := b.w.send(ctx, writeJob{batch: batch, stories: changed}); err != nil {
		return fmt.Errorf("apply story merges: %w", err)
	}
	return nil
}

// applyMaintenance runs the clusterer's Maintain and adds its moves to
// batch (a store applies a batch's moves after its articles, so they may
// move articles of the same batch) and the stories they change to
// changed; it reports whether anything moved.
func (b *batcher) applyMaintenance(batch *store.Batch, changed map[string]bool) bool {
	moved := false
	for _, m := range b.p.clusterer.Maintain() {
		if m.From == m.To {
			continue
		}
		moved = true
		b.p.moveTo(m.ArticleID, m.To)
		batch.Moves = append(batch.Moves, store.Move{
			ArticleID: m.ArticleID, StoryID: m.To, DuplicateOf: b.p.copies.duplicateOf(m.ArticleID),
		})
		changed[m.From], changed[m.To] = true, true
		b.touched[m.From], b.touched[m.To] = true, true
	}
	b.stats.Stories = len(b.touched)
	return moved
}

// skipRecord is what is stored of a skipped page: the skip and what the page
// said it was. The address is the one the page states, else the input's; the
// title is the one extract read, else the input's own (JSONL "title").
func skipRecord(id string, x extracted, now time.Time) store.SkipRecord {
	url, title := x.article.URL, x.article.Title
	if url == "" {
		url = x.page.URL
	}
	if title == "" {
		title = x.page.Title
	}
	return store.SkipRecord{
		ID: id, InputID: x.page.InputID, Origin: x.page.Origin,
		Reason: x.skip.Reason, Detail: x.skip.Detail, Seen: now,
		URL: url, Title: title,
	}
}
