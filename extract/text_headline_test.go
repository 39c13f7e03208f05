package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextDropToHeadline checks that the kept lines above the headline go
// when no sentence stands among them, with the line that states the
// headline again, and that a sentence above it, a second statement of it
// or a headline ending with a full stop leave the body as it was, but for
// a sentence set apart from a headline the URL names (textSetApart).
func TestTextDropToHeadline(t *testing.T) {
	const title = "Keel Street Quay Reopens After Winter Repairs"
	const url = "https://harbourtimes.example/news/2026/keel-street-quay-reopens"
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months, and once in winter."
	pitch := "Book a berth at Mill Lane Marina and sail the coast with a crew who know every tide."
	tests := []struct {
		name       string
		title      string
		titleAt    int    // the line the title was read from, -1 for none
		url        string // the page's address
		lines      []string
		keep, want []bool
	}{
		{"a header over the headline",
			title, -1, "", []string{"Harbour News", "Ten Walks Around the Old Harbour", title, prose, prose},
			[]bool{true, true, true, true, true}, []bool{false, false, false, true, true}},
		{"the headline first",
			title, -1, "", []string{title, prose, prose},
			[]bool{true, true, true}, []bool{false, true, true}},
		{"a question for a headline",
			"Does the Keel Street Ferry Run in Winter?", -1, "", []string{"Harbour News", "Does the Keel Street Ferry Run in Winter?", prose},
			[]bool{true, true, true}, []bool{false, false, true}},
		{"a teaser's question above",
			title, -1, "", []string{"Where Do the Harbourton Ferries Go in Winter?", title, prose},
			[]bool{true, true, true}, []bool{false, false, true}},
		{"the line the title was read from",
			title, 2, "", []string{"Harbour News", "Ten Walks Around the Old Harbour", title + " | Harbour Times", prose},
			[]bool{true, true, false, true}, []bool{false, false, false, true}},
		{"a standfirst over the headline",
			title, -1, "", []string{"Crews worked through the storms to finish the quay.", title, prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"a standfirst over the line the title was read from",
			title, 1, "", []string{"Crews worked through the storms to finish the quay.", title + " | Harbour Times", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"the headline below a sentence",
			title, -1, "", []string{prose, title, prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"a headline stated twice",
			title, -1, "", []string{"Harbour News", title, "Harbour Walks", title, prose},
			[]bool{true, true, true, true, true}, []bool{true, true, true, true, true}},
		{"a slogan for a headline",
			"Sail With the Best Ferry on the Coast.", -1, "", []string{"Harbour News", "Sail With the Best Ferry on the Coast.", prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"the headline dropped already",
			title, -1, "", []string{"Harbour News", title, prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"no title",
			"", -1, "", []string{"Harbour News", prose},
			[]bool{true, true}, []bool{true, true}},
		{"a pitch set apart from the headline the URL names",
			title, -1, url, []string{pitch, "Marinas", "Moorings", "Contact", title, prose, prose},
			[]bool{true, false, false, false, true, true, true}, []bool{false, false, false, false, false, true, true}},
		{"a standfirst next to the headline the URL names",
			title, -1, url, []string{pitch, "Marinas", "Moorings", title, prose, prose},
			[]bool{true, false, false, true, true, true}, []bool{true, false, false, true, true, true}},
		{"a pitch set apart from a headline the URL does not name",
			title, -1, "https://harbourtimes.example/news/ferry-timetable-winter", []string{pitch, "Marinas", "Moorings", "Contact", title, prose, prose},
			[]bool{true, false, false, false, true, true, true}, []bool{true, false, false, false, true, true, true}},
		{"a headline the URL names under the body",
			title, -1, url, []string{prose, prose, "Marinas", "Moorings", "Contact", title, pitch},
			[]bool{true, true, false, false, false, true, true}, []bool{true, true, false, false, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textDropToHeadline(blocks, keep, tt.title, tt.titleAt, tt.url)
		})
	}
}

// TestTextBodyFromHeadline runs a whole flat page through Extract: two
// teasers' questions the span starts with, over the headline the URL
// names, are left out of the body with the headline's copy. It fails
// with textDropToHeadline unwired from extractText, which the table test
// above cannot see.
func TestTextBodyFromHeadline(t *testing.T) {
	head := []string{"Harbour Times", "Home", "News", "Sport", "Weather", "Where do the Keel Street boats go in winter?", "Why did the Gull Point keepers write logbooks?", textFerryTitle}
	checkBodyUnderHeadline(t, New(DefaultOptions()), head, head...)
}

// TestTextBodyUnderNamedHeadline runs a whole flat page through Extract
// with a model that keeps every sentence: another story's paragraph above
// the menu, set apart from the headline the URL names, is left out though
// it reads as a sentence. It fails with the page's URL not passed to
// textDropToHeadline.
func TestTextBodyUnderNamedHeadline(t *testing.T) {
	var w [textNumFeatures]float64
	w[0], w[3] = -1, 2 // keep the lines that end like a sentence
	x := New(DefaultOptions())
	x.text = textModel{weights: &w}
	const teaser = "The keepers of the Gull Point light wrote a logbook every night for ninety years, and the museum on Mill Lane now shows them all."
	checkBodyUnderHeadline(t, x, []string{"Harbour Times", "Sign in", teaser, "Home", "News", "Sport", "Weather", textFerryTitle}, teaser)
}

// textFerryTitle is the headline of textFerryParas, which the URL
// checkBodyUnderHeadline gives names.
const textFerryTitle = "Keel Street Ferry to Run All Winter"

// checkBodyUnderHeadline extracts a flat page of the lines head over
// three of textFerryParas and a footer, at an address that names the
// headline, and checks that the body holds the paragraphs and none of the
// lines gone.
func checkBodyUnderHeadline(t *testing.T, x *Extractor, head []string, gone ...string) {
	t.Helper()
	para := textFerryParas[:3]
	foot := []string{"Contact us", "Privacy", "Terms", "© Harbour Times"}
	lines := append(append(append([]string{}, head...), para...), foot...)
	a, err := x.Extract(news.Page{Format: news.FormatText, URL: "https://harbourtimes.example/news/keel-street-ferry-to-run-all-winter", Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range para {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lacks %q", p[:40])
		}
	}
	for _, g := range gone {
		if strings.Contains(a.Body, g) {
			t.Errorf("body holds %q from above the headline", g)
		}
	}
}
