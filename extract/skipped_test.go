package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// TestExtractSkipKeepsMeta checks that a skipped page keeps the metadata
// read before the skip, with no body: the input's own fields on a page
// whose body is too short, what an HTML page states on one that says it
// is a product or shows no body, with the byline it shows and its
// headline typed straight (htmlPageMeta, on either skip as on an
// article), and the ids of a record ingest could not read.
func TestExtractSkipKeepsMeta(t *testing.T) {
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	product := `<html lang="en"><head><meta property="og:type" content="product">
<meta property="og:title" content="Blue enamel kettle"><meta name="author" content="Jane Potter">
<meta property="og:site_name" content="Kettle Shop"></head>
<body><h1>Blue enamel kettle</h1><p>Price 20.00</p></body></html>`
	bare := `<html lang="en"><head><meta property="og:type" content="article">
<meta property="og:title" content="Council keeps the library open">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
<meta name="author" content="Sam Reed"></head>
<body><h1>Council keeps the library open</h1></body></html>`
	// What the page shows and states nowhere: the byline under the
	// headline, and the headline typed straight in the page's own text.
	shown := `<html lang="en"><head><meta property="og:type" content="product">
<meta property="og:title" content="The potter’s blue kettle"><meta property="og:site_name" content="Kettle Shop"></head>
<body><h1>The potter’s blue kettle</h1><p>By Jane Potter</p><p>The potter's kettle is blue. Price 20.00</p></body></html>`
	tests := []struct {
		name   string
		page   news.Page
		reason news.SkipReason
		want   news.Article
	}{
		{"short text with the input's fields", news.Page{ID: "p1", InputID: "x1", URL: "https://example.org/a", Title: "A short note",
			Source: "Example News", Published: day, Format: news.FormatText, Content: []byte("Just a line.")},
			news.SkipNoText, news.Article{ID: "p1", InputID: "x1", URL: "https://example.org/a", Title: "A short note",
				Publisher: "Example News", Published: day, Format: news.FormatText}},
		{"html product page", news.Page{ID: "p2", InputID: "x2", URL: "https://example.org/shop/kettle", Format: news.FormatHTML, Content: []byte(product)},
			news.SkipNotArticle, news.Article{ID: "p2", InputID: "x2", URL: "https://example.org/shop/kettle", Title: "Blue enamel kettle",
				Author: "Jane Potter", Publisher: "Kettle Shop", Lang: "en", Format: news.FormatHTML}},
		{"html article without a body", news.Page{ID: "p3", InputID: "x3", URL: "https://example.org/news/library", Format: news.FormatHTML, Content: []byte(bare)},
			news.SkipNoText, news.Article{ID: "p3", InputID: "x3", URL: "https://example.org/news/library", Title: "Council keeps the library open",
				Author: "Sam Reed", Published: time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC), Lang: "en", Format: news.FormatHTML}},
		{"html product page with a shown byline", news.Page{ID: "p5", InputID: "x5", URL: "https://example.org/shop/kettle", Format: news.FormatHTML,
			Content: []byte(shown)}, news.SkipNotArticle, news.Article{ID: "p5", InputID: "x5", URL: "https://example.org/shop/kettle",
			Title: "The potter's blue kettle", Author: "Jane Potter", Publisher: "Kettle Shop", Lang: "en", Format: news.FormatHTML}},
		{"html article too short with a shown byline", news.Page{ID: "p6", InputID: "x6", URL: "https://example.org/news/kettle", Format: news.FormatHTML,
			Content: []byte(strings.Replace(shown, `content="product"`, `content="article"`, 1))}, news.SkipNoText,
			news.Article{ID: "p6", InputID: "x6", URL: "https://example.org/news/kettle", Title: "The potter's blue kettle",
				Author: "Jane Potter", Publisher: "Kettle Shop", Lang: "en", Format: news.FormatHTML}},
		{"unreadable record", news.Page{ID: "p4", InputID: "x4", URL: "https://example.org/b", Skip: news.Skipf(news.SkipMalformed, "bad JSON")},
			news.SkipMalformed, news.Article{ID: "p4", InputID: "x4", URL: "https://example.org/b"}},
	}
	x := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := x.Extract(tt.page)
			var s *news.Skip
			if !errors.As(err, &s) || s.Reason != tt.reason {
				t.Fatalf("err = %v, want a %s skip", err, tt.reason)
			}
			if a.Body != "" || a.Removed != nil {
				t.Errorf("a skipped page kept a body %q or removed blocks %q", a.Body, a.Removed)
			}
			a.Published, tt.want.Published = a.Published.UTC(), tt.want.Published.UTC()
			if a.ID != tt.want.ID || a.InputID != tt.want.InputID || a.URL != tt.want.URL || a.Title != tt.want.Title ||
				a.Author != tt.want.Author || a.Publisher != tt.want.Publisher || !a.Published.Equal(tt.want.Published) ||
				a.Lang != tt.want.Lang || a.Format != tt.want.Format {
				t.Errorf("article = %+v\nwant %+v", a, tt.want)
			}
		})
	}
}

// TestExtractSkipKeepsMetaWCXB checks real skipped pages of wcxb-dev keep
// their gold titles: HTML 4681, an article in which neither
// go-trafilatura nor readability finds a body (no_text), and flat 4359, a
// job listing the page model skips as not_article.
func TestExtractSkipKeepsMetaWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	html, err := gunzipFile(filepath.Join(dir, "html", "4681.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	flat, err := os.ReadFile(filepath.Join(dir, "flat", "4359.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page   news.Page
		reason news.SkipReason
		title  string
	}{
		{news.Page{ID: "4681", URL: "https://boardgamegeek.com/geeklist/366833/2025-in-review-my-favorite-new-to-me-games", Format: news.FormatHTML, Content: html},
			news.SkipNoText, "2025 in Review: My favorite new-to-me games"},
		{news.Page{ID: "4359", URL: "https://4dayweek.io/remote-jobs/software-engineer", Format: news.FormatText, Content: flat},
			news.SkipNotArticle, "Remote 4 Day Work Week Software Engineer Jobs"},
	}
	x := New(DefaultOptions())
	for _, tt := range tests {
		a, err := x.Extract(tt.page)
		var s *news.Skip
		if !errors.As(err, &s) || s.Reason != tt.reason {
			t.Fatalf("%s: err = %v, want a %s skip", tt.page.ID, err, tt.reason)
		}
		if a.Title != tt.title || a.Body != "" {
			t.Errorf("%s: title %q, body of %d characters; want %q and no body", tt.page.ID, a.Title, len(a.Body), tt.title)
		}
	}
}
