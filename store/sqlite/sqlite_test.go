package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func article(id, story, dup string, seq int64, published time.Time) store.ArticleRecord {
	return store.ArticleRecord{
		Article: news.Article{
			ID: id, InputID: id + ".txt", Title: "Title " + id, Publisher: "Pub", Published: published,
			Body: "North Korea suffered casualties in Kursk " + id, Removed: []string{"Related Articles"},
			Format: news.FormatText, Seen: time.Unix(100, 0),
		},
		Seq: seq, StoryID: story, DuplicateOf: dup, Signature: []byte{1, 2, 3}, Words: 7,
	}
}

func TestWriteAndRead(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	b := store.Batch{
		Articles: []store.ArticleRecord{
			article("a1", "s1", "", 1, day),
			article("a2", "s1", "a1", 2, day.Add(time.Hour)),
			article("b1", "s2", "", 3, time.Time{}),
		},
		Skips: []store.SkipRecord{{ID: "k1", InputID: "bad.bin", Origin: "bad.bin", Reason: news.SkipBinary, Detail: "NUL"}},
		Stories: []news.Story{
			{ID: "s1", Headline: "Kursk", FirstSeen: day, LastSeen: day.Add(time.Hour),
				Articles: []news.StoryArticle{{ID: "a1"}, {ID: "a2", DuplicateOf: "a1"}},
				Claims:   []news.Claim{{Text: "more than 6,000", Status: news.ClaimSingle, Sources: []string{"a1"}}}},
			{ID: "s2", Headline: "Other", FirstSeen: day.Add(-time.Hour), LastSeen: day.Add(-time.Hour)},
		},
	}
	if err := s.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	// Writing the same batch again changes nothing.
	if err := s.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 3 || c.Copies != 1 || c.Stories != 2 || c.Skipped[news.SkipBinary] != 1 {
		t.Fatalf("counts = %+v", c)
	}
	st, err := s.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != 2 || st.Articles[0].ID != "a1" || st.Articles[1].DuplicateOf != "a1" {
		t.Fatalf("story articles = %+v", st.Articles)
	}
	if len(st.Claims) != 1 || st.Claims[0].Text != "more than 6,000" {
		t.Fatalf("claims = %+v", st.Claims)
	}
	list, err := s.Stories(ctx, store.StoryQuery{Text: "kursk b1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != "s2" {
		t.Fatalf("search stories = %+v", list)
	}
	if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing story: err = %v", err)
	}
	known, err := s.Known(ctx, []string{"a1", "k1", "zz"})
	if err != nil {
		t.Fatal(err)
	}
	if !known["a1"] || !known["k1"] || known["zz"] {
		t.Fatalf("known = %v", known)
	}
	for id, want := range map[string]bool{"a1": true, "k1": true, "zz": false} { // one id: the workers' lookup
		one, err := s.Known(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		if one[id] != want || len(one) > 1 {
			t.Fatalf("known %s alone = %v", id, one)
		}
	}
	a, err := s.Article(ctx, "a2")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(day.Add(time.Hour)) || len(a.Removed) != 1 || string(a.Signature) != "\x01\x02\x03" {
		t.Fatalf("article = %+v", a)
	}

	// Reopening runs no migration twice and keeps the data.
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	v, err := s2.SchemaVersion(ctx)
	if err != nil || v != len(migrations) {
		t.Fatalf("schema version = %d, %v", v, err)
	}
	n := 0
	if err := s2.EachArticle(ctx, func(store.ArticleRecord) error { n++; return nil }); err != nil || n != 3 {
		t.Fatalf("EachArticle saw %d, %v", n, err)
	}
}

func TestMoveAndDelete(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	if err := s.Write(ctx, store.Batch{
		Articles: []store.ArticleRecord{article("a1", "s1", "", 1, day), article("b1", "s2", "", 2, day)},
		Stories:  []news.Story{{ID: "s1", Headline: "one"}, {ID: "s2", Headline: "two"}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, store.Batch{
		Moves:         []store.Move{{ArticleID: "b1", StoryID: "s1"}},
		DeleteStories: []string{"s2"},
		Stories:       []news.Story{{ID: "s1", Headline: "merged"}},
	}); err != nil {
		t.Fatal(err)
	}
	st, err := s.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if st.Headline != "merged" || len(st.Articles) != 2 {
		t.Fatalf("merged story = %+v", st)
	}
	if _, err := s.Story(ctx, "s2"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("deleted story still there: %v", err)
	}
}

func TestLockWriter(t *testing.T) {
	s, path := openTemp(t)
	unlock, err := s.LockWriter()
	if err != nil {
		t.Fatal(err)
	}
	other, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.LockWriter(); !errors.Is(err, ErrLocked) {
		t.Fatalf("second writer: err = %v, want ErrLocked", err)
	}
	unlock()
	unlock2, err := other.LockWriter()
	if err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	unlock2()
}

// TestConnectionPragmas checks that every pooled connection, not only the
// first, keeps statement journals in memory and checkpoints the WAL every
// 8,000 pages (see Open).
func TestConnectionPragmas(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	var conns [2]*sql.Conn // held together, so they are two connections
	for i := range conns {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	for i, c := range conns {
		for pragma, want := range map[string]int{"temp_store": 2, "wal_autocheckpoint": 8000} {
			var got int
			if err := c.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("connection %d: %s = %d, want %d", i, pragma, got, want)
			}
		}
	}
}

// TestIdleConnectionsKept checks that connections used together are kept
// when they are done with, not closed beyond database/sql's default of two
// idle ones (see maxIdleConns).
func TestIdleConnectionsKept(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for range 2 {
		var conns []*sql.Conn
		for range 6 {
			c, err := s.db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
		for _, c := range conns {
			c.Close()
		}
	}
	if st := s.db.Stats(); st.MaxIdleClosed != 0 || st.OpenConnections != 6 {
		t.Errorf("after two rounds of six connections: %d closed as surplus idle, %d open; want 0 and 6",
			st.MaxIdleClosed, st.OpenConnections)
	}
}

// A saved state is handed back until the next write (an empty batch is
// none), and survives reopening the file; an unknown name has none.
func TestState(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.State(ctx, "cluster"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("nothing saved: err %v", err)
	}
	write := func(id string, seq int64) {
		t.Helper()
		if err := s.Write(ctx, store.Batch{Articles: []store.ArticleRecord{article(id, "s1", "", seq, time.Time{})}}); err != nil {
			t.Fatal(err)
		}
	}
	write("a1", 1)
	if err := s.SaveState(ctx, "cluster", []byte("after a1")); err != nil {
		t.Fatal(err)
	}
	if got, err := s.State(ctx, "cluster"); err != nil || string(got) != "after a1" {
		t.Fatalf("saved state: %q, %v", got, err)
	}
	if _, err := s.State(ctx, "other"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("another name: err %v", err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.State(ctx, "cluster"); err != nil || string(got) != "after a1" {
		t.Fatalf("state after reopening: %q, %v", got, err)
	}
	s = s2
	if err := s.Write(ctx, store.Batch{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.State(ctx, "cluster"); err != nil {
		t.Fatalf("state after an empty write: %v", err)
	}
	write("a2", 2)
	if got, err := s.State(ctx, "cluster"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("state after a later write: %q, %v", got, err)
	}
	if err := s.SaveState(ctx, "cluster", []byte("after a2")); err != nil {
		t.Fatal(err)
	}
	if got, err := s.State(ctx, "cluster"); err != nil || string(got) != "after a2" {
		t.Fatalf("state saved again: %q, %v", got, err)
	}
}

// Without text, EachArticleFrom fills what a restart reads of every
// article and nothing else; with text, the whole record.
func TestEachArticleFromWithoutText(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	recs := []store.ArticleRecord{article("a1", "s1", "", 1, day), article("a2", "s1", "a1", 2, time.Time{}), article("a3", "s2", "", 3, day)}
	if err := s.Write(ctx, store.Batch{Articles: recs}); err != nil {
		t.Fatal(err)
	}
	var lean, full []store.ArticleRecord
	if err := s.EachArticleFrom(ctx, 2, false, func(r store.ArticleRecord) error { lean = append(lean, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.EachArticleFrom(ctx, 2, true, func(r store.ArticleRecord) error { full = append(full, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(lean) != 2 || len(full) != 2 {
		t.Fatalf("from seq 2: %d and %d articles, want 2", len(lean), len(full))
	}
	for i, want := range recs[1:] {
		got := lean[i]
		if got.Seq != want.Seq || got.ID != want.ID || !got.Published.Equal(want.Published) || got.Words != want.Words ||
			got.StoryID != want.StoryID || got.DuplicateOf != want.DuplicateOf || string(got.Signature) != string(want.Signature) {
			t.Errorf("without text, %s: %+v", want.ID, got)
		}
		if got.Body != "" || got.Title != "" || got.URL != "" || len(got.Removed) != 0 {
			t.Errorf("without text, %s carries text: title %q body %q", want.ID, got.Title, got.Body)
		}
		if f := full[i]; f.Body != want.Body || f.Title != want.Title || f.Publisher != want.Publisher || len(f.Removed) != 1 {
			t.Errorf("with text, %s: %+v", want.ID, f)
		}
	}
}

// TestFTSMergeSettings holds the full-text index's merge settings (schema
// 8): merging 64 segments at a time keeps the index's share of a write
// from growing with the store (docs/performance.md, twelfth session), and
// a crisis merge above that keeps the merges incremental.
func TestFTSMergeSettings(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for k, want := range map[string]int{"automerge": 64, "crisismerge": 128} {
		var v int
		if err := s.db.QueryRowContext(ctx, `SELECT v FROM articles_fts_config WHERE k = ?`, k).Scan(&v); err != nil || v != want {
			t.Errorf("%s = %d (%v), want %d", k, v, err, want)
		}
	}
}

// TestWriteFlushesOneSegment checks that a batch's full-text terms reach
// the index as one segment even when they outgrow FTS5's default 1 MB of
// pending terms (migration 9): each extra segment is a flush more and
// merge work later.
func TestWriteFlushesOneSegment(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	var b store.Batch
	var body strings.Builder
	for i := range 256 {
		body.Reset()
		// Words new to the batch, so the pending terms grow with every
		// article (about 4 KB of terms each).
		for j := range 300 {
			fmt.Fprintf(&body, "harbourton%dkeel%d mill lane ", i, j)
		}
		a := article(fmt.Sprintf("a%d", i), "s1", "", int64(i+1), time.Time{})
		a.Body = body.String()
		b.Articles = append(b.Articles, a)
	}
	if err := s.Write(ctx, b); err != nil {
		t.Fatal(err)
	}
	var segments int
	if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT segid) FROM articles_fts_idx`).Scan(&segments); err != nil {
		t.Fatal(err)
	}
	if segments != 1 {
		t.Errorf("one batch made %d full-text segments, want 1", segments)
	}
}
