package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextDropToHeadline checks that the kept lines above the headline go
// when no sentence stands among them, with the line that states the
// headline again, and that a sentence above it, a second statement of it
// or a headline ending with a full stop leave the body as it was.
func TestTextDropToHeadline(t *testing.T) {
	const title = "Keel Street Quay Reopens After Winter Repairs"
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months, and once in winter."
	tests := []struct {
		name       string
		title      string
		titleAt    int // the line the title was read from, -1 for none
		lines      []string
		keep, want []bool
	}{
		{"a header over the headline",
			title, -1, []string{"Harbour News", "Ten Walks Around the Old Harbour", title, prose, prose},
			[]bool{true, true, true, true, true}, []bool{false, false, false, true, true}},
		{"the headline first",
			title, -1, []string{title, prose, prose},
			[]bool{true, true, true}, []bool{false, true, true}},
		{"a question for a headline",
			"Does the Keel Street Ferry Run in Winter?", -1, []string{"Harbour News", "Does the Keel Street Ferry Run in Winter?", prose},
			[]bool{true, true, true}, []bool{false, false, true}},
		{"a teaser's question above",
			title, -1, []string{"Where Do the Harbourton Ferries Go in Winter?", title, prose},
			[]bool{true, true, true}, []bool{false, false, true}},
		{"the line the title was read from",
			title, 2, []string{"Harbour News", "Ten Walks Around the Old Harbour", title + " | Harbour Times", prose},
			[]bool{true, true, false, true}, []bool{false, false, false, true}},
		{"a standfirst over the headline",
			title, -1, []string{"Crews worked through the storms to finish the quay.", title, prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"a standfirst over the line the title was read from",
			title, 1, []string{"Crews worked through the storms to finish the quay.", title + " | Harbour Times", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"the headline below a sentence",
			title, -1, []string{prose, title, prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"a headline stated twice",
			title, -1, []string{"Harbour News", title, "Harbour Walks", title, prose},
			[]bool{true, true, true, true, true}, []bool{true, true, true, true, true}},
		{"a slogan for a headline",
			"Sail With the Best Ferry on the Coast.", -1, []string{"Harbour News", "Sail With the Best Ferry on the Coast.", prose},
			[]bool{true, true, true}, []bool{true, true, true}},
		{"the headline dropped already",
			title, -1, []string{"Harbour News", title, prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"no title",
			"", -1, []string{"Harbour News", prose},
			[]bool{true, true}, []bool{true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textDropToHeadline(blocks, keep, tt.title, tt.titleAt)
		})
	}
}

// TestTextBodyFromHeadline runs a whole flat page through Extract: two
// teasers' questions the span starts with, over the headline the URL
// names, are left out of the body with the headline's copy. It fails
// with textDropToHeadline unwired from extractText, which the table test
// above cannot see.
func TestTextBodyFromHeadline(t *testing.T) {
	const title = "Keel Street Ferry to Run All Winter"
	head := []string{"Harbour Times", "Home", "News", "Sport", "Weather", "Where do the Keel Street boats go in winter?", "Why did the Gull Point keepers write logbooks?", title}
	para := textFerryParas[:3]
	foot := []string{"Contact us", "Privacy", "Terms", "© Harbour Times"}
	lines := append(append(append([]string{}, head...), para...), foot...)
	a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, URL: "https://harbourtimes.example/news/keel-street-ferry-to-run-all-winter", Content: []byte(strings.Join(lines, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range para {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lacks %q", p[:40])
		}
	}
	for _, h := range head {
		if strings.Contains(a.Body, h) {
			t.Errorf("body holds %q from above the headline", h)
		}
	}
}
