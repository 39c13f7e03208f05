package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// TestSkippedPageWithMetaNotStored: Extract returns a skipped page's
// title, date and publisher beside the skip; the pipeline stores the skip
// alone, and the page joins no story as an article.
func TestSkippedPageWithMetaNotStored(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(seedDir)); err != nil {
		t.Fatal(err)
	}
	rec := `{"id":"short1","url":"https://example.org/news/short","title":"A short note on Kursk","published":"2000-08-14","source":"Example News","text":"Just a line about the Kursk."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "short.jsonl"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	stats := run(t, st, dir)
	if stats.Ingested != 5 || stats.Skipped[news.SkipNoText] != 1 {
		t.Fatalf("stats = %+v, want 5 ingested and one no_text skip", stats)
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 5 || c.Skipped[news.SkipNoText] != 1 {
		t.Fatalf("stored %d articles and skips %v, want 5 and one no_text", c.Articles, c.Skipped)
	}
	stories, err := st.Stories(context.Background(), store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		for _, a := range s.Articles {
			if a.InputID == "short1" || strings.Contains(a.Title, "short note") {
				t.Errorf("skipped page %q joined story %s as an article", a.InputID, s.ID)
			}
		}
	}
}
