package web

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// countingReader counts the story listings the pages ask for.
type countingReader struct {
	httpapi.Reader
	lists int
}

func (c *countingReader) Stories(ctx context.Context, q store.StoryQuery) ([]news.Story, error) {
	c.lists++
	return c.Reader.Stories(ctx, q)
}

// The trending bar is read once while the store stays the same, and again
// once its counts have changed.
func TestTrendingCachedUntilCountsChange(t *testing.T) {
	_, st := testSite(t)
	r := &countingReader{Reader: st}
	s, err := New(DefaultOptions(), r)
	if err != nil {
		t.Fatal(err)
	}
	getPage(t, s, "/", http.StatusOK)
	first := r.lists
	getPage(t, s, "/", http.StatusOK)
	if r.lists != first+1 { // the page's own listing only
		t.Fatalf("second view listed stories %d times, want 1", r.lists-first)
	}
	s.trend.at = s.trend.at.Add(-2 * time.Second) // counts change a second later
	e, err := s.trending(context.Background(), store.Counts{Articles: -1})
	if err != nil || len(e) == 0 || r.lists != first+2 {
		t.Fatalf("changed counts: %d entities, %d listings, err %v; want the bar read again", len(e), r.lists-first-1, err)
	}
}
