package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textBenchPages loads the seeds and, when the shared data is present, a
// few wcxb-dev flat pages.
func textBenchPages(b testing.TB, pattern string) []news.Page {
	b.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		b.Skipf("no pages match %s", pattern)
	}
	var pages []news.Page
	for _, p := range paths[:min(len(paths), 50)] {
		content, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, news.Page{ID: p, Format: news.FormatText, Content: content})
	}
	return pages
}

func benchmarkText(b *testing.B, pages []news.Page) {
	x := New(DefaultOptions())
	size := 0
	for _, p := range pages {
		size += len(p.Content)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, _ = x.Extract(pages[i%len(pages)])
	}
}

// BenchmarkTextSeeds extracts the five seed pages (target: 5,000 pages/s
// per core, i.e. under 200µs a page).
func BenchmarkTextSeeds(b *testing.B) {
	benchmarkText(b, textBenchPages(b, filepath.Join("..", "testdata", "seeds", "*.txt")))
}

// BenchmarkTextWCXB extracts the first 50 wcxb-dev flat pages.
func BenchmarkTextWCXB(b *testing.B) {
	dir := sharedDataRoot()
	if dir == "" {
		b.Skip("STORYFOLD_DATA is unset: no wcxb-dev pages")
	}
	benchmarkText(b, textBenchPages(b, filepath.Join(dir, "extract", "wcxb-dev", "flat", "*.txt")))
}
