package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
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
