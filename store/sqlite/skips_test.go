package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// TestSkipKeepsPageAddressAndTitle: a skip stores the address and title
// the page stated, and a store written before migration 10 opens with its
// skips kept and both fields empty.
func TestSkipKeepsPageAddressAndTitle(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")

	// A store as the binary before migration 10 left it, with one skip.
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	const before = 9
	if _, err := old.ExecContext(ctx, `CREATE TABLE schema_version (version INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for i, m := range migrations[:before] {
		if _, err := old.ExecContext(ctx, m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	if _, err := old.ExecContext(ctx, `INSERT INTO schema_version VALUES (?)`, before); err != nil {
		t.Fatal(err)
	}
	if _, err := old.ExecContext(ctx, `INSERT INTO skips (id, input_id, origin, reason, detail, seen)
		VALUES ('k0', 'old.bin', 'crawl/old.bin', 'binary', 'NUL', 1)`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Fatalf("schema version = %d, %v; want %d", v, err, len(migrations))
	}
	seen := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	listing := store.SkipRecord{ID: "k1", InputID: "world.html", Origin: "crawl/world.html",
		Reason: news.SkipNotArticle, Detail: "a listing", Seen: seen,
		URL: "https://example.org/world/", Title: "World news"}
	if err := s.Write(ctx, store.Batch{Skips: []store.SkipRecord{listing}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Skips(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("skips = %+v, want the old one and the new one", got)
	}
	if got[0] != listing {
		t.Errorf("new skip read back as %+v, want %+v", got[0], listing)
	}
	if got[1].ID != "k0" || got[1].Reason != news.SkipBinary || got[1].URL != "" || got[1].Title != "" {
		t.Errorf("old skip read back as %+v, want k0 with no address or title", got[1])
	}
}
