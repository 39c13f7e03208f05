package extract

import (
	"slices"
	"testing"
)

// TestTextTitleSignedOverProse: on a page whose title model took no
// line, the headline-shaped block signed or dated under it and standing
// over the first paragraph is the title, the lowest of two over the same
// paragraph (a kicker over the headline); unsigned, too far over the
// paragraph, over a long line, a sentence, one word, or itself a byline,
// a byline label, a name or a line holding a date, a block gives none
// (or the next one that holds).
func TestTextTitleSignedOverProse(t *testing.T) {
	const (
		heading = "Seven Raised Beds Built From Pallets"
		para    = "Our allotment had three broken beds last spring, so we asked the club's members to bring every pallet they could spare and spent a weekend building new ones."
	)
	menu := []string{"Home", "About", "Seed Swaps", "Contact"}
	for _, c := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"signed by a label and a name", []string{heading, "By", "Mary Roe", "March 3, 2026", para}, heading},
		{"dated under", []string{heading, "March 3, 2026", "gardening", para}, heading},
		{"signed with a reading time", []string{heading, "By Mary Roe", "5 mins", "Share", para}, heading},
		{"a kicker over the headline", []string{"Notes from the allotment", heading, "March 3, 2026", para}, heading},
		{"not signed", []string{heading, "gardening", para}, ""},
		{"the paragraph too far under", []string{heading, "By Mary Roe", "Share", "Print", "Mail", "Save", "Like", para}, ""},
		{"a long line between", []string{heading, "By Mary Roe", "Members of the club may borrow the saws for a week", para}, ""},
		{"a sentence", []string{"We built seven raised beds from pallets.", "By Mary Roe", para}, ""},
		{"one word", []string{"Pallets", "By Mary Roe", para}, ""},
		{"a byline", []string{"By Mary Roe Smith", "March 3, 2026", para}, ""},
		{"a name", []string{"Mary Roe", "March 3, 2026", para}, ""},
		{"a byline label", []string{"Written by", "Mary Roe", "March 3, 2026", para}, ""},
		{"a line holding a date", []string{"via Harbour Notes March 3, 2026", "March 1, 2026", para}, ""},
		{"past a line holding a date", []string{"via Harbour Notes March 3, 2026", heading, "March 1, 2026", para}, heading},
	} {
		lines := append(slices.Clone(menu), c.lines...)
		lines = append(lines, para, para)
		blocks := textNewBlocks(lines...)
		if got := textTitleSignedOverProse(blocks, len(menu)); got != c.want {
			t.Errorf("%s: textTitleSignedOverProse gives %q, want %q", c.name, got, c.want)
		}
	}
}
