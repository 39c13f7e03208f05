package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// benchPages is how many wcxb-dev pages the HTML benchmarks run over:
// enough to mix page kinds, few enough for a shared machine.
const benchPages = 40

// BenchmarkHTML extracts the same wcxb-dev pages with storyfold's HTML
// path and with plain go-trafilatura (with its fallbacks), side by side;
// b.N counts passes over all the pages, and pages/s is reported.
func BenchmarkHTML(b *testing.B) {
	pages := benchHTMLPages(b)
	for _, bc := range []struct {
		name  string
		plain bool
	}{{"storyfold", false}, {"trafilatura", true}} {
		b.Run(bc.name, func(b *testing.B) {
			o := DefaultOptions()
			o.Format, o.HTMLPlain, o.KeepNonArticles = news.FormatHTML, bc.plain, true
			x := New(o)
			benchSteadyWindow()
			b.ResetTimer()
			for b.Loop() {
				for _, p := range pages {
					_, _ = x.Extract(p)
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// benchStackKB is how far benchSteadyWindow grows the benchmark
// goroutine's stack: past the deepest the HTML path reaches on the
// benchmark's pages, so it never grows inside the loop.
const benchStackKB = 512

// benchSteadyWindow readies the goroutine that runs a benchmark's loop so
// that callgrind's --toggle-collect window over Extract counts the same
// work in every build: the text model's bounds are built (once a
// process) and the stack grown before the loop. Go grows a stack by
// restarting the growing function, which callgrind reads as one more call
// into it; where the stack grew moved the window with frame sizes, and a
// build counted Extract 41 or 42 times for 40 calls (docs/quality.md,
// "HTML speed: the forest's 256-feature array, and what callgrind's
// Extract window counts").
func benchSteadyWindow() {
	textForestBounds()
	benchGrowStack(benchStackKB)
}

// benchGrowStack recurses n frames of a kilobyte each; the sum keeps the
// frames from being optimised away.
func benchGrowStack(n int) int {
	var pad [1024]byte
	pad[n%len(pad)] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return benchGrowStack(n-1) + int(pad[n%len(pad)])
}

// benchHTMLPages reads the first benchPages pages of wcxb-dev, or skips
// when the shared data is absent.
func benchHTMLPages(b *testing.B) []news.Page {
	b.Helper()
	var pages []news.Page
	for _, p := range wcxbHTMLPages(b, benchPages) {
		pages = append(pages, news.Page{ID: p.name, Format: news.FormatHTML, Content: p.raw})
	}
	if len(pages) == 0 {
		b.Skip("no wcxb-dev pages in the shared data")
	}
	return pages
}

// wcxbHTMLPage is one wcxb-dev HTML page, named by its file.
type wcxbHTMLPage struct {
	name string
	raw  []byte
}

// wcxbHTMLPages reads the first n wcxb-dev HTML pages (every page when n
// is negative) in the order of their names; none when the shared data is
// absent, for tests that also run on invented pages.
func wcxbHTMLPages(tb testing.TB, n int) []wcxbHTMLPage {
	tb.Helper()
	root := sharedDataRoot()
	if root == "" {
		return nil
	}
	names, _ := filepath.Glob(filepath.Join(root, "extract", "wcxb-dev", "html", "*.html.gz"))
	if n >= 0 {
		names = names[:min(n, len(names))]
	}
	pages := make([]wcxbHTMLPage, 0, len(names))
	for _, name := range names {
		raw, err := gunzipFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, wcxbHTMLPage{filepath.Base(name), raw})
	}
	return pages
}

// extractWCXBHTML extracts the wcxb-dev page id's HTML from dir (the
// set's folder, as textDataDir gives it), failing the test where the page
// cannot be read or extracted: the real-page tests of single HTML steps
// share it.
func extractWCXBHTML(t testing.TB, x *Extractor, dir, id string) news.Article {
	t.Helper()
	raw, err := gunzipFile(filepath.Join(dir, "html", id+".html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(news.Page{ID: id, Format: news.FormatHTML, Content: raw})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return a
}

// extractWCXBFlat extracts the wcxb-dev page id's flat text from dir
// with url ("" for none), failing the test where the page cannot be read
// or extracted: the real-page tests of single flat-text steps share it.
func extractWCXBFlat(t testing.TB, x *Extractor, dir, id, url string) news.Article {
	t.Helper()
	flat, err := os.ReadFile(filepath.Join(dir, "flat", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(news.Page{ID: id, URL: url, Format: news.FormatText, Content: flat})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return a
}

func gunzipFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	_, err = io.Copy(&buf, zr)
	return buf.Bytes(), err
}
