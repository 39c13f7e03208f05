package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// ExtractOptions says which extraction set to evaluate and how.
type ExtractOptions struct {
	// Set is the set's directory, laid out like wcxb-dev: html/NNNN.html.gz,
	// flat/NNNN.txt and ground-truth/NNNN.json.
	Set string
	// Mode is news.FormatHTML (read html/) or news.FormatText (read flat/).
	Mode news.Format
	// Workers is the number of pages extracted at once; 0 means GOMAXPROCS.
	Workers int
	// Worst is how many of the lowest-scoring pages the report lists.
	Worst int
	// Limit stops after this many pages (in file order); 0 means all.
	Limit int
	// Titled hands the extractor each page's gold title, as a scraper's
	// JSONL record does: it measures the body when the input names the
	// headline. The title figures then say nothing.
	Titled bool
	// NoURL withholds each page's address from the extractor, as a
	// scraper's flattened text often comes: the flat title, date and author
	// figures "without the URL" in docs/quality are this run's.
	NoURL bool
}

// DefaultExtractOptions returns options for a text run over set.
func DefaultExtractOptions(set string) ExtractOptions {
	return ExtractOptions{Set: set, Mode: news.FormatText, Worst: 10}
}

// ExtractScore is precision, recall and F1 averaged over pages.
type ExtractScore struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ExtractRate is how many of Total pages got a field exactly right.
type ExtractRate struct {
	Exact int     `json:"exact"`
	Total int     `json:"total"`
	Rate  float64 `json:"rate"`
}

// ExtractTypeReport is the figures for one gold page type.
type ExtractTypeReport struct {
	Score ExtractScore `json:"score"`
	Title ExtractRate  `json:"title"`
	Date  ExtractRate  `json:"date"`
	// Author is the exact rate of the byline (after whitespace folding)
	// among pages whose gold names one.
	Author ExtractRate `json:"author"`
	// Skips counts the pages of this type the extractor skipped, by reason.
	Skips map[news.SkipReason]int `json:"skips,omitempty"`
	// Halves are the same figures over the pages with an even and with
	// an odd id (ExtractHalf), nil inside a half.
	Halves *ExtractHalves `json:"halves,omitempty"`
}

// ExtractHalves splits a group's figures by the parity of the page id
// (extractHalf). A rule tuned on one set shows on both halves or it was
// tuned to a few pages; docs/quality.md keeps a change only when it helps
// both, so the halves come with every report rather than from a script.
type ExtractHalves struct {
	Even *ExtractTypeReport `json:"even"`
	Odd  *ExtractTypeReport `json:"odd"`
}

// ExtractPage is one page's result, as the worst-pages list shows it.
type ExtractPage struct {
	ID        string          `json:"id"`
	Type      string          `json:"type"`
	Precision float64         `json:"precision"`
	Recall    float64         `json:"recall"`
	F1        float64         `json:"f1"`
	Skip      news.SkipReason `json:"skip,omitempty"`
	// Missed are gold paragraphs the prediction mostly lacks.
	Missed []string `json:"missed,omitempty"`
	// Kept are predicted paragraphs the gold mostly lacks.
	Kept []string `json:"kept,omitempty"`
}

// ExtractReport is the result of one extraction evaluation. It marshals
// to JSON as it is.
type ExtractReport struct {
	Set     string                        `json:"set"`
	Mode    news.Format                   `json:"mode"`
	Overall ExtractTypeReport             `json:"overall"`
	ByType  map[string]*ExtractTypeReport `json:"by_type"`
	// Errors counts pages that failed with an error other than a skip.
	Errors         int           `json:"errors"`
	Workers        int           `json:"workers"`
	Seconds        float64       `json:"seconds"`
	PagesPerSecond float64       `json:"pages_per_second"`
	Worst          []ExtractPage `json:"worst"`
}

// extractResult is one page's raw outcome before aggregation.
type extractResult struct {
	id, kind    string
	counts      extractCounts
	title, date int // -1 not counted, 0 wrong, 1 exact
	author      int
	skip        news.SkipReason
	err         error
	gold, pred  string
}

// Extract runs x over every page of the set and scores it against the gold.
func Extract(ctx context.Context, x *extract.Extractor, o ExtractOptions) (*ExtractReport, error) {
	if o.Mode != news.FormatHTML && o.Mode != news.FormatText {
		return nil, fmt.Errorf("extract eval: mode %q is neither html nor text", o.Mode)
	}
	ids, err := extractListIDs(o.Set, o.Limit)
	if err != nil {
		return nil, err
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	results, err := extractRunAll(ctx, x, o, ids, workers)
	if err != nil {
		return nil, err
	}
	r := extractAggregate(results, o.Worst)
	r.Set, r.Mode, r.Workers = o.Set, o.Mode, workers
	r.Seconds = time.Since(start).Seconds()
	if r.Seconds > 0 {
		r.PagesPerSecond = float64(len(results)) / r.Seconds
	}
	return r, nil
}

// extractListIDs returns the set's page ids (ground-truth file names
// without .json), sorted.
func extractListIDs(set string, limit int) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(set, "ground-truth", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list ground truth in %s: %w", set, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("list ground truth in %s: no ground-truth/*.json", set)
	}
	sort.Strings(names)
	if limit > 0 && len(names) > limit {
		names = names[:limit]
	}
	ids := make([]string, len(names))
	for i, n := range names {
		ids[i] = strings.TrimSuffix(filepath.Base(n), ".json")
	}
	return ids, nil
}

// extractRunAll scores the pages with a fixed pool of workers, stopping
// at the first I/O error or when ctx ends.
func extractRunAll(ctx context.Context, x *extract.Extractor, o ExtractOptions, ids []string, workers int) ([]extractResult, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([]extractResult, len(ids))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				res, err := extractOne(x, o, ids[i])
				if err != nil {
					once.Do(func() { firstErr = err; cancel() })
					continue
				}
				results[i] = res
			}
		}()
	}
feed:
	for i := range ids {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract eval: %w", err)
	}
	return results, nil
}

// extractPage is the page the extractor is given: the content, with the
// gold's address unless o withholds it and the gold's title when o hands
// it over.
func extractPage(o ExtractOptions, id string, gold goldpage.Gold, content []byte) news.Page {
	p := news.Page{ID: id, InputID: id, Origin: id, URL: gold.URL, Format: o.Mode, Content: content}
	if o.NoURL {
		p.URL = ""
	}
	if o.Titled {
		p.Title = gold.GroundTruth.Title
	}
	return p
}

// extractOne reads one page and its gold, extracts it and scores it.
func extractOne(x *extract.Extractor, o ExtractOptions, id string) (extractResult, error) {
	gold, err := goldpage.Read(filepath.Join(o.Set, "ground-truth", id+".json"))
	if err != nil {
		return extractResult{}, err
	}
	content, err := extractReadPage(o.Set, o.Mode, id)
	if err != nil {
		return extractResult{}, err
	}
	p := extractPage(o, id, gold, content)
	g := gold.GroundTruth
	res := extractResult{id: id, kind: gold.Type(), gold: g.MainContent, title: -1, date: -1, author: -1}
	a, err := x.Extract(p)
	var skip *news.Skip
	switch {
	case errors.As(err, &skip):
		res.skip = skip.Reason
	case err != nil:
		res.err = err
	}
	res.pred = a.Body
	res.counts = extractScorePage(g.MainContent, a.Body)
	if strings.TrimSpace(g.Title) != "" {
		res.title = extractBool(extractFoldSpace(g.Title) == extractFoldSpace(a.Title))
	}
	if strings.TrimSpace(g.Author) != "" {
		res.author = extractBool(extractFoldSpace(g.Author) == extractFoldSpace(a.Author))
	}
	if len(g.PublishDate) >= 10 {
		res.date = extractBool(!a.Published.IsZero() && a.Published.Format("2006-01-02") == g.PublishDate[:10])
	}
	return res, nil
}

func extractBool(b bool) int {
	if b {
		return 1
	}
	return 0
}

// extractFoldSpace collapses runs of whitespace and trims, the only
// normalisation the title comparison allows.
func extractFoldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// extractReadPage reads the page in the form the mode evaluates.
func extractReadPage(set string, mode news.Format, id string) ([]byte, error) {
	if mode == news.FormatText {
		b, err := os.ReadFile(filepath.Join(set, "flat", id+".txt"))
		if err != nil {
			return nil, fmt.Errorf("read flat page: %w", err)
		}
		return b, nil
	}
	path := filepath.Join(set, "html", id+".html.gz")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read html page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return buf.Bytes(), nil
}

// extractNgram is the word n-gram the benchmark metric counts.
const extractNgram = 4

// extractCounts is one page's true positives, false positives and false
// negatives over word 4-grams, normalised to sum to 1 (all zero when both
// texts are empty).
type extractCounts struct {
	TP, FP, FN float64
}

// extractScorePage compares bags (multisets) of word 4-grams of the gold
// and predicted bodies, as the article-extraction-benchmark does.
func extractScorePage(gold, pred string) extractCounts {
	g := extractBag(gold)
	p := extractBag(pred)
	var c extractCounts
	for h, n := range p {
		m := g[h]
		c.TP += float64(min(n, m))
		c.FP += float64(max(n-m, 0))
	}
	for h, m := range g {
		c.FN += float64(max(m-p[h], 0))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// extractBag counts the word 4-grams of s; fewer than four words give one
// n-gram of them all, as in the benchmark.
func extractBag(s string) map[uint64]int {
	bag := make(map[uint64]int)
	for _, h := range textnorm.Shingles(textnorm.Words(s), extractNgram) {
		bag[h]++
	}
	return bag
}

// precision follows the benchmark: a page with nothing to find and nothing
// found scores 1, an empty prediction scores 0.
func (c extractCounts) precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

func (c extractCounts) recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

func extractF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// extractAcc accumulates the figures of one group of pages, and of its
// halves by page id parity when half is set.
type extractAcc struct {
	rep          ExtractTypeReport
	sumP, sumR   float64
	titles, date [2]int // [exact, total]
	author       [2]int
	half         *[2]extractAcc // even, odd
}

// newExtractAcc returns an accumulator that also keeps the two halves.
func newExtractAcc() *extractAcc {
	return &extractAcc{half: new([2]extractAcc)}
}

// extractHalf is 0 for a page id whose last digit is even (or that has
// no digit) and 1 for one whose last digit is odd: wcxb-dev's ids are
// numbers, so these are the even and odd pages.
func extractHalf(id string) int {
	for i := len(id) - 1; i >= 0; i-- {
		if c := id[i]; c >= '0' && c <= '9' {
			return int(c-'0') % 2
		}
	}
	return 0
}

func (a *extractAcc) add(r extractResult) {
	if a.half != nil {
		a.half[extractHalf(r.id)].add(r)
	}
	a.rep.Score.Pages++
	a.sumP += r.counts.precision()
	a.sumR += r.counts.recall()
	if r.title >= 0 {
		a.titles[0] += r.title
		a.titles[1]++
	}
	if r.date >= 0 {
		a.date[0] += r.date
		a.date[1]++
	}
	if r.author >= 0 {
		a.author[0] += r.author
		a.author[1]++
	}
	if r.skip != "" {
		if a.rep.Skips == nil {
			a.rep.Skips = make(map[news.SkipReason]int)
		}
		a.rep.Skips[r.skip]++
	}
}

func (a *extractAcc) report() *ExtractTypeReport {
	rep := a.rep
	if n := float64(rep.Score.Pages); n > 0 {
		rep.Score.Precision, rep.Score.Recall = a.sumP/n, a.sumR/n
		rep.Score.F1 = extractF1(rep.Score.Precision, rep.Score.Recall)
	}
	rep.Title = extractRate(a.titles)
	rep.Date = extractRate(a.date)
	rep.Author = extractRate(a.author)
	if a.half != nil {
		rep.Halves = &ExtractHalves{Even: a.half[0].report(), Odd: a.half[1].report()}
	}
	return &rep
}

func extractRate(c [2]int) ExtractRate {
	r := ExtractRate{Exact: c[0], Total: c[1]}
	if c[1] > 0 {
		r.Rate = float64(c[0]) / float64(c[1])
	}
	return r
}

// extractAggregate sums the page results overall and by page type and
// picks the worst pages.
func extractAggregate(results []extractResult, worst int) *ExtractReport {
	all := newExtractAcc()
	byType := make(map[string]*extractAcc)
	r := &ExtractReport{ByType: make(map[string]*ExtractTypeReport)}
	for _, res := range results {
		if res.err != nil {
			r.Errors++
		}
		all.add(res)
		if byType[res.kind] == nil {
			byType[res.kind] = newExtractAcc()
		}
		byType[res.kind].add(res)
	}
	r.Overall = *all.report()
	for k, a := range byType {
		r.ByType[k] = a.report()
	}
	r.Worst = extractWorst(results, worst)
	return r
}

// extractWorst returns the n pages with the lowest F1, with snippets of
// what they missed and wrongly kept.
func extractWorst(results []extractResult, n int) []ExtractPage {
	pages := make([]ExtractPage, 0, len(results))
	for _, res := range results {
		p, r := res.counts.precision(), res.counts.recall()
		pages = append(pages, ExtractPage{ID: res.id, Type: res.kind, Precision: p, Recall: r, F1: extractF1(p, r), Skip: res.skip})
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].F1 < pages[j].F1 })
	pages = pages[:min(n, len(pages))]
	byID := make(map[string]*extractResult, len(results))
	for i := range results {
		byID[results[i].id] = &results[i]
	}
	for i := range pages {
		res := byID[pages[i].ID]
		pages[i].Missed = extractSnippets(res.gold, res.pred)
		pages[i].Kept = extractSnippets(res.pred, res.gold)
	}
	return pages
}

// extractSnippets returns up to three lines of from whose 4-grams are
// mostly absent from against, shortened for reading.
func extractSnippets(from, against string) []string {
	const most, count, width = 0.5, 3, 100
	have := extractBag(against)
	var out []string
	for line := range strings.Lines(from) {
		words := textnorm.Words(line)
		if len(words) < extractNgram {
			continue // one short n-gram of its own: it never matches
		}
		shingles := textnorm.Shingles(words, extractNgram)
		hit := 0
		for _, h := range shingles {
			if have[h] > 0 {
				hit++
			}
		}
		if float64(hit) < most*float64(len(shingles)) {
			out = append(out, extractShorten(strings.TrimSpace(line), width))
			if len(out) == count {
				break
			}
		}
	}
	return out
}

func extractShorten(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	return string(r[:width]) + "…"
}

// WriteText writes the report for people: overall and per-type figures,
// skips, speed and the worst pages.
func (r *ExtractReport) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "extraction eval: set %s, mode %s, %d pages, %d errors\n", r.Set, r.Mode, r.Overall.Score.Pages, r.Errors)
	fmt.Fprintf(&b, "%-14s %6s %7s %7s %7s %12s %12s %12s  %s\n", "type", "pages", "P", "R", "F1", "title", "date", "author", "skips")
	extractWriteRow(&b, "ALL", &r.Overall)
	kinds := make([]string, 0, len(r.ByType))
	for k := range r.ByType {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		extractWriteRow(&b, k, r.ByType[k])
	}
	fmt.Fprintf(&b, "by page id parity, even | odd:\n")
	extractWriteHalves(&b, "ALL", &r.Overall)
	for _, k := range kinds {
		extractWriteHalves(&b, k, r.ByType[k])
	}
	fmt.Fprintf(&b, "speed: %.0f pages/s with %d workers (%.2fs)\n", r.PagesPerSecond, r.Workers, r.Seconds)
	for _, p := range r.Worst {
		fmt.Fprintf(&b, "worst %s (%s) P=%.3f R=%.3f F1=%.3f %s\n", p.ID, p.Type, p.Precision, p.Recall, p.F1, p.Skip)
		for _, s := range p.Missed {
			fmt.Fprintf(&b, "    missed: %s\n", s)
		}
		for _, s := range p.Kept {
			fmt.Fprintf(&b, "    kept:   %s\n", s)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write extraction report: %w", err)
	}
	return nil
}

// extractWriteHalves writes a group's F1 and exact counts on the pages
// with even and with odd ids, the figures a change must raise on both.
func extractWriteHalves(b *strings.Builder, name string, t *ExtractTypeReport) {
	h := t.Halves
	if h == nil {
		return
	}
	fmt.Fprintf(b, "%-14s F1 %.5f | %.5f   titles %d | %d   dates %d | %d   authors %d | %d\n", name,
		h.Even.Score.F1, h.Odd.Score.F1, h.Even.Title.Exact, h.Odd.Title.Exact,
		h.Even.Date.Exact, h.Odd.Date.Exact, h.Even.Author.Exact, h.Odd.Author.Exact)
}

func extractWriteRow(b *strings.Builder, name string, t *ExtractTypeReport) {
	reasons := make([]string, 0, len(t.Skips))
	for reason, n := range t.Skips {
		reasons = append(reasons, fmt.Sprintf("%s=%d", reason, n))
	}
	sort.Strings(reasons)
	fmt.Fprintf(b, "%-14s %6d %7.3f %7.3f %7.3f %5d/%-6d %5d/%-6d %5d/%-6d  %s\n", name, t.Score.Pages,
		t.Score.Precision, t.Score.Recall, t.Score.F1, t.Title.Exact, t.Title.Total, t.Date.Exact, t.Date.Total,
		t.Author.Exact, t.Author.Total, strings.Join(reasons, " "))
}
