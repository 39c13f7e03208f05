package pipeline

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/store/sqlite"
)

// A restart rebuilds the clusterer from the last RestoreClusterArticles
// articles only, and the copy index from every stored signature: a new
// report still joins its story, and a page stored before the tail is still
// known as stored.
func TestRestoreFromTail(t *testing.T) {
	st := openStore(t)
	run(t, st, seedDir)
	ctx := context.Background()
	o := testOptions()
	o.RestoreClusterArticles = 2
	p := newPipeline(t, st, o)
	raw := readSeed(t, "003_816269faacc0a1da.txt")
	// 003's report reworded at its start: a new page, not a stored one.
	fresh := append([]byte("Pyongyang has never confirmed any figure. "), raw...)
	first := readSeed(t, "001_38345a6240c7a791.txt")
	outs := runPages(t, p,
		news.Page{ID: "fresh", InputID: "fresh", Format: news.FormatText, Content: fresh},
		news.Page{ID: "001-again", InputID: "001-again", Format: news.FormatText, Content: first})
	story := ""
	err := st.EachArticle(ctx, func(r store.ArticleRecord) error {
		if r.InputID == "003_816269faacc0a1da.txt" {
			story = r.StoryID
		}
		return nil
	})
	if err != nil || story == "" {
		t.Fatalf("seed 003 not found: %v", err)
	}
	if got := outs["fresh"].StoryID; got != story {
		t.Errorf("a new report of the seed story went to %q, want %q", got, story)
	}
	if got := outs["001-again"].DuplicateOf; got == "" {
		t.Errorf("page 001 under a new ID is not found as a copy: the copy index lost the articles before the tail")
	}
}

// After a restart, a teaser of a stored article is a copy: the index only
// estimates the match, and verifying it reads the stored body.
func TestRestartVerifiesCopyOnStoredBody(t *testing.T) {
	st := openStore(t)
	run(t, st, seedDir)
	ctx := context.Background()
	var orig store.ArticleRecord
	err := st.EachArticle(ctx, func(r store.ArticleRecord) error {
		if r.InputID == "004_43e1812782b6ef6d.txt" {
			orig = r
		}
		return nil
	})
	if err != nil || orig.ID == "" {
		t.Fatalf("seed 004 not found: %v", err)
	}
	paras := strings.Split(orig.Body, "\n\n")
	teaser := strings.Join(paras[:len(paras)/2], "\n\n")
	p := newPipeline(t, st, testOptions())
	outs := runPages(t, p, news.Page{ID: "teaser", InputID: "teaser", Format: news.FormatText, Content: []byte(teaser)})
	if got := outs["teaser"].DuplicateOf; got != orig.ID {
		t.Errorf("teaser of 004 after a restart: duplicate_of %q, want %q", got, orig.ID)
	}
}

// A restart whose clusterer tail holds only a copy, its original before
// the tail, restores the copy with features of its own: a new report of
// the story still finds the story through it.
func TestRestoreCopyWithoutOriginal(t *testing.T) {
	st := openStore(t)
	run(t, st, seedDir)
	raw := readSeed(t, "003_816269faacc0a1da.txt")
	p := newPipeline(t, st, testOptions())
	outs := runPages(t, p, news.Page{ID: "003-copy", InputID: "003-copy", Format: news.FormatText, Content: raw})
	copyOut := outs["003-copy"]
	if copyOut.DuplicateOf == "" {
		t.Fatalf("seed 003 under a new ID is not a copy: %+v", copyOut)
	}
	o := testOptions()
	o.RestoreClusterArticles = 1 // the copy alone
	p = newPipeline(t, st, o)
	fresh := append([]byte("Pyongyang has never confirmed any figure. "), raw...)
	outs = runPages(t, p, news.Page{ID: "fresh", InputID: "fresh", Format: news.FormatText, Content: fresh})
	if got := outs["fresh"].StoryID; got != copyOut.StoryID {
		t.Errorf("a new report of the seed story went to %q, want the copy's story %q", got, copyOut.StoryID)
	}
}

// A restart that takes up the state SaveState left goes on exactly as a
// pipeline that never stopped: the same clusterer state and the same
// stories after the next run. Rebuilt from the articles instead, the
// clusterer differs (story numbers, IDF schedule, which members Maintain
// checks), which the test checks first so that it can tell the two apart.
// A run after the save makes the state out of date, and New rebuilds.
func TestRestartFromSavedState(t *testing.T) {
	ctx := context.Background()
	g := &synth{seed: 5, spread: 20} // events straddle the restart
	pages := make([]news.Page, 700)
	for i := range pages {
		pages[i] = g.page(i)
	}
	first, second := pages[:430], pages[430:]
	o := testOptions()
	o.BatchSize = 64
	o.DeriveEvery = 200 // maintenance inside each run too

	type outcome struct {
		state   []byte
		stories []news.Story
	}
	finish := func(st *sqlite.Store, p *Pipeline) outcome {
		t.Helper()
		runPages(t, p, second...)
		state, err := p.clusterer.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		stories, err := st.Stories(ctx, store.StoryQuery{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		return outcome{state, stories}
	}
	start := func(save bool) (*sqlite.Store, *Pipeline) {
		t.Helper()
		st := openStore(t)
		p := newPipeline(t, st, o)
		runPages(t, p, first...)
		if save {
			if err := p.SaveState(ctx); err != nil {
				t.Fatal(err)
			}
		}
		return st, newPipeline(t, st, o)
	}

	st, p := start(false)
	if p.fromState {
		t.Fatal("no state was saved, yet the restart took one up")
	}
	rebuilt := finish(st, p)
	st = openStore(t)
	p = newPipeline(t, st, o)
	runPages(t, p, first...)
	never := finish(st, p)
	if bytes.Equal(rebuilt.state, never.state) {
		t.Fatal("the clusterer rebuilt from the articles is the one that never stopped: the stream cannot tell a saved state from a rebuild")
	}

	st, p = start(true)
	if !p.fromState {
		t.Fatal("the restart did not take up the saved state")
	}
	saved := finish(st, p)
	if !bytes.Equal(saved.state, never.state) {
		t.Errorf("after a restart from the saved state the clusterer holds %d bytes of state, not the %d of one that never stopped",
			len(saved.state), len(never.state))
	}
	if !reflect.DeepEqual(saved.stories, never.stories) {
		t.Errorf("after a restart from the saved state the stories differ from those of a pipeline that never stopped")
	}

	// The run above wrote after the save: the state is out of date.
	if newPipeline(t, st, o).fromState {
		t.Error("a state saved before the last run was taken up")
	}
}

// A run that fails may leave the clusterer holding articles the store
// does not: SaveState then keeps the state saved before it, or none.
func TestSaveStateAfterFailedRun(t *testing.T) {
	ctx := context.Background()
	g := newSynth(6)
	st := openStore(t)
	o := testOptions()
	o.BatchSize = 50
	p := newPipeline(t, st, o)
	var pages []news.Page
	for i := range 60 {
		pages = append(pages, g.page(i))
	}
	runPages(t, p, pages[:30]...)
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	before, err := st.State(ctx, clusterState)
	if err != nil {
		t.Fatal(err)
	}
	broken := errors.New("crawl file cut short")
	_, err = p.Run(ctx, func(ctx context.Context, emit func(news.Page) error) error {
		for _, pg := range pages[30:] {
			if err := emit(pg); err != nil {
				return err
			}
		}
		return broken
	}, nil)
	if !errors.Is(err, broken) {
		t.Fatalf("run over a failing source: err %v", err)
	}
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := st.State(ctx, clusterState)
	if err == nil && !bytes.Equal(after, before) {
		t.Error("the state of a failed run was saved")
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		t.Fatal(err)
	}
	// A run that succeeds after it is saved again.
	runPages(t, p, g.page(61))
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	if !newPipeline(t, st, o).fromState {
		t.Error("the state saved after a good run was not taken up")
	}
}

// countingStore counts the batches with something in them and the saves
// that reach a real store.
type countingStore struct {
	Store
	writes, saves int
}

func (c *countingStore) Write(ctx context.Context, b store.Batch) error {
	if !b.Empty() {
		c.writes++
	}
	return c.Store.Write(ctx, b)
}

func (c *countingStore) SaveState(ctx context.Context, name string, data []byte) error {
	c.saves++
	return c.Store.SaveState(ctx, name, data)
}

// A run with nothing to store writes nothing, so the state taken up at
// the start stays current and is not saved again: a crawl that brings
// nothing new costs a restart and no more.
func TestEmptyRunKeepsState(t *testing.T) {
	ctx := context.Background()
	st := &countingStore{Store: openStore(t)}
	g := newSynth(7)
	p := newPipeline(t, st, testOptions())
	runPages(t, p, g.page(0), g.page(1), g.page(2))
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	p = newPipeline(t, st, testOptions())
	if !p.fromState {
		t.Fatal("the saved state was not taken up")
	}
	st.writes, st.saves = 0, 0
	runPages(t, p)
	if _, err := st.State(ctx, clusterState); err != nil {
		t.Errorf("after a run of nothing the state is not current: %v", err)
	}
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	if st.writes != 0 || st.saves != 0 {
		t.Errorf("a run of nothing made %d writes and %d saves", st.writes, st.saves)
	}
	runPages(t, p, g.page(3))
	if err := p.SaveState(ctx); err != nil {
		t.Fatal(err)
	}
	if st.writes == 0 || st.saves != 1 {
		t.Errorf("a run of one page made %d writes and %d saves, want some and 1", st.writes, st.saves)
	}
}
