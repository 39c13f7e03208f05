package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleNotField: a line taken that is a field of something else
// (a name under its byline label, once or twice; a pick's shop and price;
// a book's writer and publisher; a capitals field next to another; a
// topic label; a heading the page lists in numbered contents over it)
// gives way to the headline, the best other candidate that
// is no field; a capitals field alone, a name with no label over it, a
// price with no shop, a title with a lower-case, numbered, capitals or long note in
// brackets, a heading whose copy over it has no section number and the
// headline itself stay.
func TestTextTitleNotField(t *testing.T) {
	const head = "The North Coast Path in Every Season"
	for _, c := range []struct {
		name  string
		lines []string
		taken string
		moves bool
		copy  bool // the line taken is the copy under taken's first line
	}{
		{"name under its label", []string{head, "By", "Mary Roe"}, "Mary Roe", true, false},
		{"name twice under its label", []string{head, "By", "Mary Roe", "Mary Roe"}, "Mary Roe", true, true},
		{"shop and price", []string{head, "Best Overall:", "Harbour Kettle Pro at Amazon $200"}, "Harbour Kettle Pro at Amazon $200", true, false},
		{"capitals fields", []string{head, "INTERVAL: Up to 100,000 miles", "PRICE: $373-$400"}, "INTERVAL: Up to 100,000 miles", true, false},
		{"topic label", []string{head, "Topic: Coastal Walking Ferries"}, "Topic: Coastal Walking Ferries", true, false},
		{"capitals field alone", []string{head, "TIDES: Every Harbour on the Coast"}, "TIDES: Every Harbour on the Coast", false, false},
		{"name with no label", []string{head, "Mary Roe"}, "Mary Roe", false, false},
		{"price with no shop", []string{head, "Harbour Kettle Pro $200"}, "Harbour Kettle Pro $200", false, false},
		{"the headline taken", []string{head, "By", "Mary Roe"}, head, false, false},
		{"book's writer and publisher", []string{head, "Salt Road Winter", "Alex Roe (Harbour Press)"}, "Alex Roe (Harbour Press)", true, false},
		{"title with a lower-case note", []string{head, "Coastal Walking Kit List (with Printable Map)"}, "Coastal Walking Kit List (with Printable Map)", false, false},
		{"title with a numbered note", []string{head, "Harbour Tab S9 FE (Wi-Fi)"}, "Harbour Tab S9 FE (Wi-Fi)", false, false},
		{"heading listed in numbered contents", []string{head, "1.1 Harbour Kettle Pro", "1.2 Harbour Kettle Mini", "Harbour Kettle Pro"}, "Harbour Kettle Pro", true, false},
		{"heading after a shop word", []string{head, "Buy Harbour Kettle Pro", "Harbour Kettle Pro"}, "Harbour Kettle Pro", false, false},
		{"heading after a number alone", []string{head, "12 Harbour Kettle Pro", "Harbour Kettle Pro"}, "Harbour Kettle Pro", false, false},
		{"title with an acronym", []string{head, "Harbour Web Application Firewall (HWAF)"}, "Harbour Web Application Firewall (HWAF)", false, false},
		{"name with a long note", []string{head, "Alex Roe (North Coast Walking Society Members)"}, "Alex Roe (North Coast Walking Society Members)", false, false},
	} {
		lines := textTitleDatedPage(c.lines...)
		blocks := textNewBlocks(lines...)
		first := len(blocks) - 8 // textTitleDatedPage's four paragraphs over four closing lines
		at := slices.Index(lines, c.taken)
		if c.copy {
			at++
		}
		want := at
		if c.moves {
			want = slices.Index(lines, head)
		}
		for _, w := range []*[textTitleFeatures]float64{&textTitleWeights, &textTitleTextWeights} {
			cands, vecs := textTitleVectors(news.Page{Format: news.FormatText}, blocks, first, len(blocks)-4)
			if got := textTitleNotField(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, w: w}, at); got != want {
				t.Errorf("%s: textTitleNotField gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
			}
		}
	}
}
