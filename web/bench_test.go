package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/storyfold/storyfold/httpapi/apitest"
)

// BenchmarkStoryPage renders the seed story page from a real SQLite store:
// store reads, related-story searches, shared passages and the template.
func BenchmarkStoryPage(b *testing.B) {
	s, _ := testSite(b)
	req := httptest.NewRequest(http.MethodGet, "/stories/"+apitest.SeedStory, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkFrontPage renders the front page with its trending bar.
func BenchmarkFrontPage(b *testing.B) {
	s, _ := testSite(b)
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
