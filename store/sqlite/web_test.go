package sqlite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

func TestSearchArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	a1, b1 := article("a1", "s1", "", 1, day), article("b1", "s2", "", 2, day)
	b1.Body = "Switzerland offers Putin immunity for peace talks in Geneva."
	if err := s.Write(ctx, store.Batch{
		Articles: []store.ArticleRecord{a1, b1},
		Stories:  []news.Story{{ID: "s1", Headline: "one"}, {ID: "s2", Headline: "two"}},
	}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"kursk", []string{"a1"}},
		{"Putin immunity", []string{"b1"}},
		{"title", []string{"a1", "b1"}},
		{`"); DROP TABLE articles; --`, nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		hits, err := s.SearchArticles(ctx, tt.query, 10)
		if err != nil {
			t.Fatalf("search %q: %v", tt.query, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Article.ID)
			if !strings.Contains(h.Snippet, store.HitStart) || !strings.Contains(h.Snippet, store.HitEnd) {
				t.Errorf("search %q: snippet %q has no marked term", tt.query, h.Snippet)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("search %q = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestSearchIndexOnce writes an article again (as a re-run of an ingest
// does): the full-text index, filled once per batch, must not list it
// twice, nor miss the new article beside it.
func TestSearchIndexOnce(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	a1 := article("a1", "s1", "", 1, day)
	if err := s.Write(ctx, store.Batch{Articles: []store.ArticleRecord{a1}}); err != nil {
		t.Fatal(err)
	}
	b1 := article("b1", "s1", "", 3, day)
	if err := s.Write(ctx, store.Batch{Articles: []store.ArticleRecord{a1, b1}}); err != nil {
		t.Fatal(err)
	}
	hits, err := s.SearchArticles(ctx, "kursk", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Article.ID)
	}
	if strings.Join(got, ",") != "a1,b1" {
		t.Errorf("search after a repeated write = %v, want [a1 b1]", got)
	}
}
