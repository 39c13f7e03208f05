package extract

import "testing"

// TestStatedWithNumber: an <h1> that drops the count its stated titles
// open with, or the year they end with when the page also sets that
// title as a heading, is titled with them; the headline as shown stays
// the <h1> (the steps that find it on the page read it).
func TestStatedWithNumber(t *testing.T) {
	checkHeadlines(t, "https://quaynotes.example/guides/walks", []headlineCase{
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
	})
}

// TestStatedWithNumberPage: through Extract the article is titled with
// the count, and the <h1> as shown is not left at the body's top (the
// furniture step still finds the headline it repeats).
func TestStatedWithNumberPage(t *testing.T) {
	page := `<html><head><title>12 Quiet Harbour Walks - Harbourton Gazette</title>
<meta property="og:site_name" content="Harbourton Gazette"></head><body><article>
<h1>Quiet Harbour Walks</h1>
` + harbourWallParas + `</article></body></html>`
	checkTitledPage(t, "walks", page, "12 Quiet Harbour Walks", "Quiet Harbour Walks")
}
