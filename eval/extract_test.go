package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/eval/goldpage"
	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

func TestExtractScorePage(t *testing.T) {
	const body = "one two three four five six"
	tests := []struct {
		name       string
		gold, pred string
		p, r       float64
	}{
		{"both empty", "", "", 1, 1},
		{"exact", body, body, 1, 1},
		{"case and punctuation ignored", body, "One, two; THREE four five six!", 1, 1},
		{"empty prediction", body, "", 0, 0},
		{"nothing to find, something found", "", body, 0, 0},
		// gold has 3 four-grams; pred keeps the first 2 and adds 2 of its own.
		{"two kept, two added", body, "one two three four five zz yy", 2.0 / 4, 2.0 / 3},
		{"prediction is a superset", body, body + " seven eight", 3.0 / 5, 1},
		{"short texts are one n-gram", "a b", "a b", 1, 1},
		// a repeated paragraph is in the bag twice: 1 true, 4 false 4-grams
		{"repetition is a false positive", "a b c d", "a b c d a b c d", 1.0 / 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := extractScorePage(tt.gold, tt.pred)
			if sum := c.TP + c.FP + c.FN; sum != 0 && math.Abs(sum-1) > 1e-9 {
				t.Errorf("tp+fp+fn = %v, want 1", sum)
			}
			if p := c.precision(); math.Abs(p-tt.p) > 1e-9 {
				t.Errorf("precision = %v, want %v", p, tt.p)
			}
			if r := c.recall(); math.Abs(r-tt.r) > 1e-9 {
				t.Errorf("recall = %v, want %v", r, tt.r)
			}
		})
	}
}

func TestExtractAggregate(t *testing.T) {
	results := []extractResult{
		{id: "1", kind: "article", counts: extractCounts{TP: 1}, title: 1, date: 0},
		{id: "2", kind: "article", counts: extractCounts{TP: 0.5, FP: 0.5}, title: 0, date: -1},
		{id: "3", kind: "product", counts: extractCounts{FN: 1}, title: -1, date: -1, skip: news.SkipNotArticle},
	}
	r := extractAggregate(results, 2)
	if got := r.ByType["article"].Score; got.Pages != 2 || got.Precision != 0.75 || got.Recall != 1 {
		t.Errorf("article score = %+v, want 2 pages, P 0.75, R 1", got)
	}
	if got := r.Overall.Title; got.Exact != 1 || got.Total != 2 {
		t.Errorf("title = %+v, want 1 of 2", got)
	}
	if got := r.Overall.Date; got.Exact != 0 || got.Total != 1 {
		t.Errorf("date = %+v, want 0 of 1", got)
	}
	if got := r.ByType["product"].Skips[news.SkipNotArticle]; got != 1 {
		t.Errorf("product not_article skips = %d, want 1", got)
	}
	if len(r.Worst) != 2 || r.Worst[0].ID != "3" {
		t.Errorf("worst = %+v, want page 3 first of 2", r.Worst)
	}
	// Page 2 is the even half of the articles, page 1 the odd one.
	h := r.ByType["article"].Halves
	if h == nil || h.Even.Score.Pages != 1 || h.Even.Score.Precision != 0.5 || h.Odd.Score.Precision != 1 ||
		h.Even.Title.Exact != 0 || h.Odd.Title.Exact != 1 || h.Even.Halves != nil {
		t.Errorf("article halves = %+v, want page 2 even (P 0.5, title wrong) and page 1 odd (P 1, title exact)", h)
	}
	if h := r.Overall.Halves; h == nil || h.Even.Score.Pages != 1 || h.Odd.Score.Pages != 2 {
		t.Errorf("overall halves = %+v, want 1 even page and 2 odd", h)
	}
}

// TestExtractHalf checks the parity read from page ids: the last digit
// decides, an id without one is even.
func TestExtractHalf(t *testing.T) {
	for id, want := range map[string]int{"0006": 0, "4705": 1, "w4698-c1": 1, "page-12": 0, "seed": 0} {
		if got := extractHalf(id); got != want {
			t.Errorf("extractHalf(%q) = %d, want %d", id, got, want)
		}
	}
}

// fixtureSet writes a two-page set laid out like wcxb-dev (a flattened
// article with furniture and a product page, with their gold) into a
// temporary directory: the layout is exercised without evaluation data in
// the repository.
func fixtureSet(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pages := []struct{ id, kind, url, title, date, gold, flat string }{
		{"0001", "article", "https://example.org/news/library", "A quiet town votes to keep its library open", "",
			"The town council voted on Tuesday to keep the public library open for another five years, after residents filled the hall to speak in its favour.\n\n" +
				"The mayor said the decision would cost the town about 40,000 pounds a year, money she expected to find in the roads budget.",
			"Home\n\nNews\n\nSport\n\nA quiet town votes to keep its library open\n\n" +
				"The town council voted on Tuesday to keep the public library open for another five years, after residents filled the hall to speak in its favour.\n\n" +
				"The mayor said the decision would cost the town about 40,000 pounds a year, money she expected to find in the roads budget.\n\n" +
				"Related Articles\n\nAnother story about something else entirely\n"},
		{"0002", "product", "https://example.org/shop/kettle", "Blue kettle", "2025-01-02",
			"Blue kettle\n\nPrice 20.00", "Shop\n\nBlue kettle\n\nPrice 20.00\n\nAdd to basket\n"},
	}
	for _, sub := range []string{"flat", "ground-truth"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, pg := range pages {
		var date any
		if pg.date != "" {
			date = pg.date
		}
		gold, err := json.Marshal(map[string]any{
			"url": pg.url, "file_id": pg.id,
			"_internal":    map[string]any{"page_type": map[string]any{"primary": pg.kind}},
			"ground_truth": map[string]any{"title": pg.title, "publish_date": date, "main_content": pg.gold},
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ground-truth", pg.id+".json"), gold, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "flat", pg.id+".txt"), []byte(pg.flat), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExtractFixtureSet(t *testing.T) {
	o := DefaultExtractOptions(fixtureSet(t))
	o.Workers = 2
	r, err := Extract(context.Background(), extract.New(extract.DefaultOptions()), o)
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Score.Pages != 2 || r.ByType["article"] == nil || r.ByType["product"] == nil || r.Errors != 0 {
		t.Fatalf("report = %+v, want one article and one product page, no errors", r)
	}
	if _, err := json.Marshal(r); err != nil {
		t.Errorf("marshal report: %v", err)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "ALL") || !strings.Contains(b.String(), "article") {
		t.Errorf("text report lacks the overall or article row:\n%s", b.String())
	}
}

func TestExtractBadMode(t *testing.T) {
	o := DefaultExtractOptions(fixtureSet(t))
	o.Mode = news.FormatAuto
	if _, err := Extract(context.Background(), extract.New(extract.DefaultOptions()), o); err == nil {
		t.Error("mode auto gave no error")
	}
}

// extractDataSet returns the wcxb-dev directory, or skips the test when the
// shared evaluation data is absent.
func extractDataSet(t *testing.T) string {
	t.Helper()
	set := filepath.Join(dataRoot(t), "extract", "wcxb-dev")
	if _, err := os.Stat(filepath.Join(set, "ground-truth")); err != nil {
		t.Skipf("no evaluation set at %s", set)
	}
	return set
}

// TestWCXBText prints the text-mode report on wcxb-dev flat pages (see
// docs/quality.md); it fails only on errors, quality is tracked there.
func TestWCXBText(t *testing.T) {
	extractRunSet(t, news.FormatText)
}

// TestWCXBHTML prints the HTML-mode report on wcxb-dev.
func TestWCXBHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("HTML extraction of the whole set is slow")
	}
	extractRunSet(t, news.FormatHTML)
}

func extractRunSet(t *testing.T, mode news.Format) {
	o := DefaultExtractOptions(extractDataSet(t))
	o.Mode = mode
	o.Workers = 1
	// STORYFOLD_EXTRACT_JSON names a file to write the whole report to,
	// every page listed, for comparing runs page by page.
	dump := os.Getenv("STORYFOLD_EXTRACT_JSON")
	if dump != "" {
		o.Worst = 1 << 20
	}
	r, err := Extract(context.Background(), extract.New(extract.DefaultOptions()), o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if dump != "" {
		js, err := json.MarshalIndent(r, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dump, js, 0o644); err != nil {
			t.Fatal(err)
		}
		r.Worst = r.Worst[:min(len(r.Worst), 10)]
		b.Reset()
		if err := r.WriteText(&b); err != nil {
			t.Fatal(err)
		}
	}
	t.Log("\n" + b.String())
	if r.Errors != 0 {
		t.Errorf("%d pages failed with errors", r.Errors)
	}
}

// TestExtractSkippedPageMetaCounted: a skipped page's title is counted
// against the gold as any other page's. Given the gold titles (Titled),
// the fixture's product page, skipped, still has its title.
func TestExtractSkippedPageMetaCounted(t *testing.T) {
	o := DefaultExtractOptions(fixtureSet(t))
	o.Titled = true
	r, err := Extract(context.Background(), extract.New(extract.DefaultOptions()), o)
	if err != nil {
		t.Fatal(err)
	}
	p := r.ByType["product"]
	if p == nil || len(p.Skips) != 1 || p.Title.Exact != 1 {
		t.Fatalf("product report = %+v, want one skipped page with its title right", p)
	}
	if p.Score.F1 != 0 {
		t.Errorf("a skipped page scored body F1 %v, want 0", p.Score.F1)
	}
}

// TestExtractPageWithholdsURL: the page handed to the extractor carries
// the gold's address unless the run withholds it (NoURL), and the gold's
// title only when the run hands it over (Titled).
func TestExtractPageWithholdsURL(t *testing.T) {
	var gold goldpage.Gold
	gold.URL, gold.GroundTruth.Title = "https://example.org/harbour-reopens", "Harbour reopens"
	o := DefaultExtractOptions("set")
	if p := extractPage(o, "0001", gold, []byte("text")); p.URL != gold.URL || p.Title != "" {
		t.Errorf("default page: URL %q, title %q; want the gold's URL and no title", p.URL, p.Title)
	}
	o.NoURL, o.Titled = true, true
	if p := extractPage(o, "0001", gold, []byte("text")); p.URL != "" || p.Title != gold.GroundTruth.Title {
		t.Errorf("NoURL and Titled page: URL %q, title %q; want no URL and the gold's title", p.URL, p.Title)
	}
}
