package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestStatedWithNumber: an <h1> that drops the count its stated titles
// open with, or the year they end with when the page also sets that
// title as a heading, is titled with them; the headline as shown stays
// the <h1> (the steps that find it on the page read it).
func TestStatedWithNumber(t *testing.T) {
	tests := []struct {
		name, head, body, shown, title string
	}{
		{"count before the h1",
			`<title>12 Quiet Harbour Walks - Quay Notes</title><meta property="og:site_name" content="Quay Notes">`,
			`<h1>Quiet Harbour Walks</h1><p>Start at the pier.</p>`,
			"Quiet Harbour Walks", "12 Quiet Harbour Walks"},
		{"year after the h1, shown as a heading",
			`<title>Best Ferry Passes for Walkers in 2026</title><meta property="og:title" content="Best Ferry Passes for Walkers in 2026">`,
			`<h1>Best Ferry Passes for Walkers</h1><p>Passes compared.</p><h2>Best Ferry Passes for Walkers in 2026</h2>`,
			"Best Ferry Passes for Walkers", "Best Ferry Passes for Walkers in 2026"},
		{"year only in the search title",
			`<title>Best Ferry Passes for Walkers for 2026 | Quay Notes</title><meta property="og:title" content="Best Ferry Passes for Walkers">`,
			`<h1>Best Ferry Passes for Walkers</h1><p>Passes compared.</p><h2>Our picks</h2>`,
			"Best Ferry Passes for Walkers", "Best Ferry Passes for Walkers"},
		{"a word before the h1 is no count",
			`<title>Ten Quiet Harbour Walks</title>`,
			`<h1>Quiet Harbour Walks</h1>`,
			"Quiet Harbour Walks", "Quiet Harbour Walks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			shown, title := m.pickHeadline("https://quaynotes.example/guides/walks")
			if shown != tt.shown || title != tt.title {
				t.Errorf("headline = %q, %q; want %q, %q", shown, title, tt.shown, tt.title)
			}
		})
	}
}

// TestStatedWithNumberPage: through Extract the article is titled with
// the count, and the <h1> as shown is not left at the body's top (the
// furniture step still finds the headline it repeats).
func TestStatedWithNumberPage(t *testing.T) {
	page := `<html><head><title>12 Quiet Harbour Walks - Harbourton Gazette</title>
<meta property="og:site_name" content="Harbourton Gazette"></head><body><article>
<h1>Quiet Harbour Walks</h1>
` + harbourWallParas + `</article></body></html>`
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "walks", Format: news.FormatHTML, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "12 Quiet Harbour Walks"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if strings.Contains(a.Body, "Quiet Harbour Walks") {
		t.Errorf("body keeps the headline: %.80q", a.Body)
	}
}
