package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/news"
)

// The flat path as a second opinion on the HTML path (forty-second
// session, docs/quality/html-extraction.md): each wcxb-dev page's HTML body
// beside the flat extractor's body of the same page's rendered blocks,
// written as JSON lines for a script to compare (candidates cached as
// TestHTMLDev caches them):
//
//	go test ./extract -run TestHTMLFlatDev -htmlflat=/tmp/flat.jsonl -htmlcache=/tmp/sfh-cache -v
var htmlFlatDev = flag.String("htmlflat", "", "write each wcxb-dev page's HTML body and its flattening's flat body as JSON lines to this file")

// htmlFlatPass flattens a rendered page to text, a block a paragraph, and
// runs the flat extractor on it: the second opinion's body and its cost
// (BenchmarkHTMLFlatPass).
func htmlFlatPass(x *Extractor, page []block, url string) string {
	var sb strings.Builder
	for _, b := range page {
		sb.WriteString(b.text)
		sb.WriteString("\n\n")
	}
	a, _, _ := x.extractText(news.Page{URL: url, Format: news.FormatText}, sb.String())
	return a.Body
}

func TestHTMLFlatDev(t *testing.T) {
	if *htmlFlatDev == "" {
		t.Skip("pass -htmlflat=FILE")
	}
	set, paths, x := hdevSetup(t)
	f, err := os.Create(*htmlFlatDev)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var mu sync.Mutex
	enc := json.NewEncoder(f)
	devEach(len(paths), func(i int) {
		g, err := goldpage.Read(paths[i])
		if err != nil {
			t.Error(err)
			return
		}
		id := strings.TrimSuffix(filepath.Base(paths[i]), ".json")
		doc, err := hdevDecode(t, set, id)
		if err != nil {
			return
		}
		root, err := parsePage(doc)
		if err != nil {
			t.Error(err)
			return
		}
		cands := cachedCandidates(*htmlDevCache, id)
		a, _ := x.extractRoot(news.Page{URL: g.URL, Format: news.FormatHTML}, root, cands)
		a.Body = dropRepeatedRuns(a.Body) // as Extract does
		flat := htmlFlatPass(x, renderBlocks(root), g.URL)
		for _, s := range []*string{&a.Body, &flat} {
			if len(*s) < x.opts.MinBodyChars {
				*s = "" // as Extract skips it
			}
		}
		c := cands(root, false)
		rec := map[string]any{
			"id": id, "type": g.Internal.PageType.Primary, "gold": g.GroundTruth.MainContent,
			"html": a.Body, "flat": flat, "states": readMeta(root).statesArticle(),
			"traf": chooseTraf(c), "lt": blocksLen(c.traf), "lr": blocksLen(c.read),
		}
		mu.Lock()
		defer mu.Unlock()
		if err := enc.Encode(rec); err != nil {
			t.Error(err)
		}
	})
}

// BenchmarkHTMLFlatPass is htmlFlatPass alone over BenchmarkHTML's pages,
// rendered before the loop: what the second opinion would add to the HTML
// path (callgrind with --toggle-collect on htmlFlatPass).
func BenchmarkHTMLFlatPass(b *testing.B) {
	pages := benchRenderedPages(b)
	o := DefaultOptions()
	o.Format = news.FormatHTML
	x := New(o)
	benchSteadyWindow()
	for b.Loop() {
		for _, pg := range pages {
			htmlFlatPass(x, pg, "")
		}
	}
	b.ReportMetric(float64(len(pages)), "pages")
}

// benchRenderedPages is BenchmarkHTML's pages rendered to blocks, for the
// benchmarks of what a second opinion would add to the HTML path.
func benchRenderedPages(b *testing.B) [][]block {
	var pages [][]block
	for _, p := range benchHTMLPages(b) {
		doc, _, err := Decode(p, news.FormatHTML)
		if err != nil {
			continue
		}
		root, err := parsePage(doc)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, renderBlocks(root))
	}
	return pages
}
