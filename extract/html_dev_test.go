package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// The HTML dev harness re-runs the HTML path over wcxb-dev with the two
// extractors' candidates cached on disk, so a change to metadata or
// furniture is scored in seconds rather than minutes (remove the cache
// after changing the renderer or bodyCandidates):
//
//	go test ./extract -run TestHTMLDev -htmldev=article -htmlcache=/tmp/sfh-cache -v
var (
	htmlDev      = flag.String("htmldev", "", "page type to score on wcxb-dev with cached candidates (all: every type)")
	htmlDevCache = flag.String("htmlcache", filepath.Join(os.TempDir(), "storyfold-html-cache"), "where the candidates are cached")
	htmlDevShow  = flag.String("htmlshow", "", "what to list: title, date, body, loss")
	htmlDevCands = flag.String("htmlcands", "", "write each page's two candidates' scores and features as JSON lines to this file")
	htmlDevSet   = flag.String("htmlset", "", "the WCXB-layout set (default $STORYFOLD_DATA/extract/wcxb-dev)")
)

type devBlock struct {
	T       string
	H, I, L bool
}

type devCands struct {
	Traf, Read []devBlock
	Date       time.Time
	Lang       string
	Author     string
}

func toDev(bs []block) []devBlock {
	out := make([]devBlock, len(bs))
	for i, b := range bs {
		out[i] = devBlock{b.text, b.heading, b.item, b.link}
	}
	return out
}

func fromDev(bs []devBlock) []block {
	out := make([]block, len(bs))
	for i, b := range bs {
		out[i] = block{text: b.T, heading: b.H, item: b.I, link: b.L}
	}
	return out
}

func cachedCandidates(dir, id string) candidateFunc {
	return func(root *html.Node, needDate bool) candidates {
		path := filepath.Join(dir, fmt.Sprintf("%s-%v.json", id, needDate))
		if b, err := os.ReadFile(path); err == nil {
			var d devCands
			if json.Unmarshal(b, &d) == nil {
				return candidates{traf: fromDev(d.Traf), read: fromDev(d.Read), date: d.Date, lang: d.Lang, author: d.Author}
			}
		}
		c := bodyCandidates(root, needDate)
		d := devCands{toDev(c.traf), toDev(c.read), c.date, c.lang, c.author}
		if b, err := json.Marshal(d); err == nil {
			_ = os.WriteFile(path, b, 0o644)
		}
		return c
	}
}

type hdevResult struct {
	id, kind    string
	p, r, f     float64
	title, date int
	gold, got   string
	goldDate    string
	gotDate     string

	goldTit, gotTit string
}

func hdevBag(s string) map[uint64]int {
	bag := make(map[uint64]int)
	for _, h := range textnorm.Shingles(textnorm.Words(s), 4) {
		bag[h]++
	}
	return bag
}

func hdevScore(gold, pred string) (p, r, f float64) {
	g, q := hdevBag(gold), hdevBag(pred)
	var tp, fp, fn float64
	for h, n := range q {
		m := g[h]
		tp += float64(min(n, m))
		fp += float64(max(n-m, 0))
	}
	for h, m := range g {
		fn += float64(max(m-q[h], 0))
	}
	switch {
	case fp == 0 && fn == 0:
		return 1, 1, 1
	}
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// htmlDevSetDir is the set the HTML dev harnesses read: -htmlset, else
// wcxb-dev in the shared data's folder (sharedDataRoot, STORYFOLD_DATA
// alone, as every other test reads it; the flag's default was this
// machine's absolute path). It skips the test when neither names a set
// with its ground truth.
func htmlDevSetDir(t *testing.T) string {
	t.Helper()
	set := *htmlDevSet
	if set == "" {
		root := sharedDataRoot()
		if root == "" {
			t.Skip("STORYFOLD_DATA is unset and no -htmlset is given: no WCXB-layout set")
		}
		set = filepath.Join(root, "extract", "wcxb-dev")
	}
	if _, err := os.Stat(filepath.Join(set, "ground-truth")); err != nil {
		t.Skipf("no set: %v", err)
	}
	return set
}

// hdevSetup readies an HTML dev harness: the set, its gold files and an
// Extractor that keeps every page type; it skips the test when the set is
// missing (htmlDevSetDir) and makes the candidates' cache directory.
func hdevSetup(t *testing.T) (set string, paths []string, x *Extractor) {
	set = htmlDevSetDir(t)
	if err := os.MkdirAll(*htmlDevCache, 0o755); err != nil {
		t.Fatal(err)
	}
	paths, _ = filepath.Glob(filepath.Join(set, "ground-truth", "*.json"))
	o := DefaultOptions()
	o.Format, o.KeepNonArticles = news.FormatHTML, true
	return set, paths, New(o)
}

func TestHTMLDev(t *testing.T) {
	if *htmlDev == "" {
		t.Skip("pass -htmldev=article")
	}
	set, paths, x := hdevSetup(t)
	results := devGather(len(paths), func(i int) (hdevResult, bool) { return hdevOne(t, x, set, paths[i]) })
	sort.Slice(results, func(i, j int) bool { return results[i].id < results[j].id })
	if *htmlDev == "all" {
		byKind := map[string][]hdevResult{}
		for _, r := range results {
			byKind[r.kind] = append(byKind[r.kind], r)
		}
		for _, k := range []string{"article", "collection", "documentation", "forum", "listing", "product", "service"} {
			fmt.Printf("%-14s ", k)
			hdevSummary(byKind[k])
		}
	}
	hdevReport(results)
}

func hdevOne(t *testing.T, x *Extractor, set, path string) (hdevResult, bool) {
	g, err := goldpage.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if *htmlDev != "all" && g.Type() != *htmlDev {
		return hdevResult{}, false
	}
	id := strings.TrimSuffix(filepath.Base(path), ".json")
	doc, err := hdevDecode(t, set, id)
	if err != nil {
		return hdevResult{id: id, title: -1, date: -1}, true
	}
	root, err := parsePage(doc)
	if err != nil {
		t.Fatal(err)
	}
	cands := cachedCandidates(*htmlDevCache, id)
	a, _ := x.extractRoot(news.Page{URL: g.URL, Format: news.FormatHTML}, root, cands)
	if *htmlDevCands != "" {
		hdevWriteCands(id, g, a, cands(root, a.Published.IsZero()))
	}
	hdevWriteMeta(id, root, g, a)
	if len(a.Body) < x.opts.MinBodyChars {
		a.Body = "" // as Extract skips it
	}
	gt := g.GroundTruth
	r := hdevResult{id: id, kind: g.Internal.PageType.Primary, title: -1, date: -1, gold: gt.MainContent, got: a.Body}
	r.p, r.r, r.f = hdevScore(gt.MainContent, a.Body)
	r.goldTit, r.gotTit = gt.Title, a.Title
	if strings.TrimSpace(gt.Title) != "" {
		r.title = 0
		if strings.Join(strings.Fields(gt.Title), " ") == strings.Join(strings.Fields(a.Title), " ") {
			r.title = 1
		}
	}
	if len(gt.PublishDate) >= 10 {
		r.date = 0
		r.goldDate = gt.PublishDate
		if !a.Published.IsZero() {
			r.gotDate = a.Published.Format(time.RFC3339)
		}
		if !a.Published.IsZero() && a.Published.Format("2006-01-02") == gt.PublishDate[:10] {
			r.date = 1
		}
	}
	return r, true
}

// devEach calls f(i) for every i in [0, n) on two goroutines, one a core
// of this machine: the dev harnesses read every wcxb-dev page. The work is
// queued before the goroutines start, so a worker that stops on t.Fatal
// leaves its pages undone and the test failed, and nothing waits on it.
func devEach(n int, f func(i int)) {
	work := make(chan int, n)
	for i := range n {
		work <- i
	}
	close(work)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for i := range work {
				f(i)
			}
		})
	}
	wg.Wait()
}

// devGather calls f(i) for every i in [0, n) as devEach does and returns
// the results f reports ok, in no set order.
func devGather[T any](n int, f func(i int) (T, bool)) []T {
	var mu sync.Mutex
	var out []T
	devEach(n, func(i int) {
		if r, ok := f(i); ok {
			mu.Lock()
			out = append(out, r)
			mu.Unlock()
		}
	})
	return out
}

// hdevDecode reads the set's HTML page id and decodes it; a page that
// does not decode is an error, a file that does not read stops the test.
func hdevDecode(t *testing.T, set, id string) (string, error) {
	f, err := os.Open(filepath.Join(set, "html", id+".html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	_, _ = io.Copy(&buf, zr)
	doc, _, err := Decode(news.Page{Content: buf.Bytes(), Format: news.FormatHTML}, news.FormatHTML)
	return doc, err
}

func hdevReport(rs []hdevResult) {
	hdevSummary(rs)
	hdevList(rs)
}

func hdevSummary(rs []hdevResult) {
	if len(rs) == 0 {
		fmt.Println("no pages")
		return
	}
	var p, r, f float64
	var ti, tn, di, dn int
	for _, x := range rs {
		p += x.p
		r += x.r
		f += x.f
		if x.title >= 0 {
			tn++
			ti += x.title
		}
		if x.date >= 0 {
			dn++
			di += x.date
		}
	}
	n := float64(len(rs))
	fmt.Printf("pages %d P %.4f R %.4f F1 %.4f (mean %.4f) title %d/%d date %d/%d\n", len(rs), p/n, r/n, 2*p*r/(p+r)/n, f/n, ti, tn, di, dn)
}

func hdevList(rs []hdevResult) {
	show := *htmlDevShow
	for _, x := range rs {
		switch {
		case strings.Contains(show, "title") && x.title == 0:
			fmt.Printf("T %s gold=%q\n       got=%q\n", x.id, x.goldTit, x.gotTit)
		case strings.Contains(show, "date") && x.date == 0:
			fmt.Printf("D %s gold=%s got=%s\n", x.id, x.goldDate, x.gotDate)
		}
	}
	if strings.Contains(show, "body") {
		sort.Slice(rs, func(i, j int) bool { return rs[i].f < rs[j].f })
		for _, x := range rs[:min(40, len(rs))] {
			fmt.Printf("B %s P %.3f R %.3f F %.3f\n", x.id, x.p, x.r, x.f)
		}
	}
	if strings.Contains(show, "kept") {
		for _, x := range rs {
			hdevOutside("K", x.id, x.got, "\n\n", x.gold)
		}
	}
	if strings.Contains(show, "missed") {
		for _, x := range rs {
			hdevOutside("M", x.id, x.gold, "\n", x.got)
		}
	}
	if strings.Contains(show, "loss") {
		// pages sorted by precision loss
		sort.Slice(rs, func(i, j int) bool { return rs[i].p < rs[j].p })
		for _, x := range rs[:min(40, len(rs))] {
			fmt.Printf("P %s P %.3f R %.3f F %.3f\n", x.id, x.p, x.r, x.f)
		}
	}
}

var htmlDevMeta = flag.String("htmlmeta", "", "write each page's title and date sources as JSON lines to this file")

func hdevWriteMeta(id string, root *html.Node, g goldpage.Gold, a news.Article) {
	if *htmlDevMeta == "" {
		return
	}
	m := readMeta(root)
	ld := map[string]string{}
	if o := m.ldArticle(); o != nil {
		for _, k := range []string{"headline", "name", "datePublished", "dateModified", "dateCreated"} {
			ld[k] = ldString(o[k])
		}
	}
	page := renderBlocks(root)
	var heads, vis []string
	var visIdx, headIdx []int
	var visFlags []string
	for i, b := range page {
		if i < visibleDateBlocks && len(vis) < 6 {
			if t, ok := firstDateIn(textnorm.Words(splitGlued(b.text))); ok {
				tx := b.text
				if len(tx) > 60 {
					tx = tx[:60]
				}
				vis = append(vis, t.Format("2006-01-02")+" "+tx)
				visIdx = append(visIdx, i)
				visFlags = append(visFlags, fmt.Sprintf("l%v i%v s%.2f", b.link, b.item, b.links))
			}
		}
		if b.heading && len(heads) < 6 {
			heads = append(heads, b.text)
			headIdx = append(headIdx, i)
		}
	}
	stated, trusted := m.pickDate()
	rec := map[string]any{"id": id, "url": g.URL, "gold_title": g.GroundTruth.Title, "gold_date": g.GroundTruth.PublishDate,
		"title": m.titleTag, "h1": m.h1, "meta": m.meta, "ld": ld, "times": m.times, "heads": heads, "vis": vis,
		"got_title": a.Title, "got_date": a.Published.Format(time.RFC3339), "kind": g.Internal.PageType.Primary,
		"gold_author": g.GroundTruth.Author, "got_author": a.Author,
		"vis_idx": visIdx, "vis_flags": visFlags, "title_idx": titleBlock(page, a.Title), "head_idx": headIdx, "stated": stated.Format(time.RFC3339), "trusted": trusted, "nblocks": len(page)}
	// The title without any <h1>: what the stated titles alone give.
	h1 := m.h1
	m.h1 = nil
	rec["stated_title"] = m.pickTitle(g.URL)
	m.h1 = h1
	hdevAppend(*htmlDevMeta, rec)
}

// hdevAppend appends rec to the JSON lines file at path.
func hdevAppend(path string, rec map[string]any) {
	b, _ := json.Marshal(rec)
	hdevMetaMu.Lock()
	defer hdevMetaMu.Unlock()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	_, _ = f.Write(append(b, '\n'))
}

var hdevMetaMu sync.Mutex

// hdevOutside prints the paragraphs of text (split at sep) whose word
// 4-grams are mostly not in other: what was kept wrongly or missed.
func hdevOutside(tag, id, text, sep, other string) {
	ob := hdevBag(other)
	for _, para := range strings.Split(text, sep) {
		in, all := 0, 0
		for h, n := range hdevBag(para) {
			all += n
			in += min(n, ob[h])
		}
		if all > 0 && float64(in) < 0.5*float64(all) {
			fmt.Printf("%s %s %3d %s\n", tag, id, all, strings.ReplaceAll(para[:min(len(para), 140)], "\n", " / "))
		}
	}
}

// hdevWriteCands records how each candidate, cleaned, would score, with
// what a choice rule could look at.
func hdevWriteCands(id string, g goldpage.Gold, a news.Article, c candidates) {
	rec := map[string]any{"id": id, "kind": g.Internal.PageType.Primary}
	for name, bs := range map[string][]block{"traf": c.traf, "read": c.read} {
		clean := dropFurniture(bs, a)
		p, r, _ := hdevScore(g.GroundTruth.MainContent, joinBlocks(clean))
		links, items, heads := 0, 0, 0
		for _, b := range clean {
			if b.link {
				links += len(b.text)
			}
			if b.item {
				items++
			}
			if b.heading {
				heads++
			}
		}
		rec[name] = map[string]any{"p": p, "r": r, "len": blocksLen(clean), "rawlen": blocksLen(bs), "blocks": len(clean),
			"links": links, "items": items, "heads": heads}
	}
	p, r, _ := hdevScore(g.GroundTruth.MainContent, a.Body)
	rec["got"] = map[string]any{"p": p, "r": r}
	hdevAppend(*htmlDevCands, rec)
}
