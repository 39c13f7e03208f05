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
// with the page's address and title and no article, and the page joins no
// story.
func TestSkippedPageWithMetaNotStored(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(seedDir)); err != nil {
		t.Fatal(err)
	}
	rec := `{"id":"short1","url":"https://example.org/news/short","title":"A short note on Kursk","published":"2000-08-14","source":"Example News","text":"Just a line about the Kursk."}` + "\n" +
		// No title given: the skip keeps the one extract reads from the text.
		`{"id":"short2","url":"https://example.org/news/kursk-crew","text":"Kursk crew remembered in Murmansk\n\nJust a line."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "short.jsonl"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	stats := run(t, st, dir)
	if stats.Ingested != 5 || stats.Skipped[news.SkipNoText] != 2 {
		t.Fatalf("stats = %+v, want 5 ingested and two no_text skips", stats)
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 5 || c.Skipped[news.SkipNoText] != 2 {
		t.Fatalf("stored %d articles and skips %v, want 5 and two no_text", c.Articles, c.Skipped)
	}
	skips, err := st.Skips(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"short1": {"A short note on Kursk", "https://example.org/news/short"},
		"short2": {"Kursk crew remembered in Murmansk", "https://example.org/news/kursk-crew"},
	}
	for _, k := range skips {
		if w, ok := want[k.InputID]; !ok || k.Title != w[0] || k.URL != w[1] {
			t.Errorf("stored skip %s: title %q, address %q; want %q", k.InputID, k.Title, k.URL, w)
		}
		delete(want, k.InputID)
	}
	if len(want) > 0 {
		t.Errorf("skips not stored: %v", want)
	}
	stories, err := st.Stories(context.Background(), store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		for _, a := range s.Articles {
			if a.InputID == "short1" || a.InputID == "short2" || strings.Contains(a.Title, "short note") {
				t.Errorf("skipped page %q joined story %s as an article", a.InputID, s.ID)
			}
		}
	}
}
