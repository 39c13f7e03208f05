package extract

import (
	"strings"
	"testing"
)

// TestTextFillHoles checks that the short lines the model dropped between
// two paragraphs that stay come back into the body, a line the page
// states again too (a subhead its contents list names, a table's cell),
// and that a longer run or a longer line stay out.
func TestTextFillHoles(t *testing.T) {
	long := "The council's ferry committee met at the Keel Street hall on Tuesday evening and heard from the pilots' union."
	for _, tc := range []struct {
		name  string
		hole  []string // the lines the model dropped between the paragraphs
		kept  bool     // whether the body holds them
		twice bool     // the page states the hole's first line again, below
	}{
		{"a subhead", []string{"What the Pilots Asked For"}, true, false},
		{"two list items", []string{"- A winter timetable", "- A second boat on Sundays"}, true, false},
		{"a run too long", []string{"Tide tables", "Boat sales", "Lighthouse tours", "Weather"}, false, false},
		{"a paragraph stated once", []string{long}, true, false},
		{"a subhead over a paragraph", []string{"What the Pilots Asked For", long}, true, false},
		{"a paragraph stated twice", []string{long}, false, true},
		{"a line stated twice", []string{"Ferry news"}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var after []textHoleLine
			if tc.twice {
				after = append(after, textHoleLine{tc.hole[0], false})
			}
			body := textHoleBody(t, tc.hole, after...)
			if got := strings.Contains(body, tc.hole[0]); got != tc.kept {
				t.Errorf("hole kept %v, want %v: %q", got, tc.kept, body)
			}
		})
	}
}

// TestTextHoleApparatus checks that a line a hole brings back is read as
// textLeaveOut reads the lines the model kept: a photo credit or a
// reading time stays out, and so do the body's one date line and byline;
// a subhead beside them, a date line the body states twice and a date
// under a label (a table's value) come back.
func TestTextHoleApparatus(t *testing.T) {
	for _, tc := range []struct {
		name  string
		hole  []string // the lines the model dropped between the paragraphs
		kept  []string // the lines the model kept below the article
		gone  []string
		stays []string
	}{
		{name: "a photo credit", hole: []string{"Image by Mira Tolland via Harbour Archive"},
			gone: []string{"Image by Mira Tolland via Harbour Archive"}},
		{name: "a subhead over a credit", hole: []string{"What the Pilots Asked For", "Photo by Mira Tolland"},
			gone: []string{"Photo by Mira Tolland"}, stays: []string{"What the Pilots Asked For"}},
		{name: "a reading time", hole: []string{"4 min read"}, gone: []string{"4 min read"}},
		{name: "the one date line", hole: []string{"Published March 3, 2025"}, gone: []string{"Published March 3, 2025"}},
		{name: "the one byline", hole: []string{"By Mira Tolland"}, gone: []string{"By Mira Tolland"}},
		{name: "a date line stated twice", hole: []string{"March 3, 2025"}, kept: []string{"March 9, 2025"},
			stays: []string{"March 3, 2025"}},
		{name: "a date under a label", hole: []string{"First Listed", "March 3, 2025"},
			stays: []string{"First Listed", "March 3, 2025"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var after []textHoleLine
			for _, s := range tc.kept {
				after = append(after, textHoleLine{s, true}, textHoleLine{textFerryParas[2], true})
			}
			body := textHoleBody(t, tc.hole, after...)
			textCheckGoneStays(t, body, tc.gone, tc.stays)
		})
	}
}

// textHoleLine is a line of a test page and whether the model kept it.
type textHoleLine struct {
	text string
	keep bool
}

// textHoleBody assembles the body of a page whose first two ferry
// paragraphs, kept, have hole between them, lines the model dropped, and
// after them the lines of after; it fails t when the body loses the
// second paragraph.
func textHoleBody(t *testing.T, hole []string, after ...textHoleLine) string {
	t.Helper()
	page := []textHoleLine{{textFerryParas[0], true}}
	for _, s := range hole {
		page = append(page, textHoleLine{s, false})
	}
	page = append(page, textHoleLine{textFerryParas[1], true})
	page = append(page, after...)
	blocks := make([]textBlock, len(page))
	keep := make([]bool, len(page))
	for i, l := range page {
		blocks[i], keep[i] = textNewBlock(l.text), l.keep
	}
	textMarkDuplicates(blocks)
	body, _ := textAssemble(blocks, keep, false)
	if !strings.Contains(body, textFerryParas[1]) {
		t.Fatalf("body lost the article: %q", body)
	}
	return body
}
