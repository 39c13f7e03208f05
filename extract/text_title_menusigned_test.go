package extract

import (
	"slices"
	"testing"
)

// TestTextTitleMenuOverSigned: read without its URL, a menu entry taken
// over the body's start gives way to the signed headline under it that
// names more of the body's opening. A URL, an entry among long lines,
// signed beside it or inside the body's span, and a candidate that is a
// byline, a name or a credit line, names no more of the body's opening,
// stands in a menu run, is a sentence, of two words, signed by nothing
// under its bar or past textTitleBelow leave the line taken. Each gate was seen failing its
// case once.
func TestTextTitleMenuOverSigned(t *testing.T) {
	const (
		entry = "Seed Swaps"
		head  = "Seven Raised Beds Built From Pallets in One Weekend"
		blurb = "Fernhill Garden Club shares plans, planting calendars and tool reviews with its members, written by growers who test each one over a full season."
		body  = "Raised beds from pallets cost little more than screws and soil, and the seven builds below each took a pair of growers one weekend to finish."
		at    = 4
		hl    = 10
		first = 8
	)
	for _, c := range []struct {
		name  string
		edit  func(lines []string, url *string, z, overlap *float64, first *int)
		moves bool
	}{
		{"a menu entry over the signed headline", nil, true},
		{"a URL", func(_ []string, u *string, _, _ *float64, _ *int) {
			*u = "https://garden.example.org/projects/pallet-beds/"
		}, false},
		{"the entry among long lines", func(l []string, _ *string, _, _ *float64, _ *int) {
			l[2], l[3], l[5], l[6] = blurb+" One.", blurb+" Two.", blurb+" Three.", blurb+" Four."
		}, false},
		{"the entry signed beside", func(l []string, _ *string, _, _ *float64, _ *int) { l[at+1] = "By Cora Vale" }, false},
		{"the entry inside the body's span", func(_ []string, _ *string, _, _ *float64, f *int) { *f = at }, false},
		{"the candidate a byline", func(l []string, _ *string, _, _ *float64, _ *int) { l[hl] = "By Ada Lowe and Ben Hart" }, false},
		{"the candidate a name", func(l []string, _ *string, _, _ *float64, _ *int) { l[hl] = "Ada Mary Lowe" }, false},
		{"the candidate a credit line", func(l []string, _ *string, _, _ *float64, _ *int) { l[hl] = "Contributions From: Ada Lowe, Ben Hart" }, false},
		{"the candidate names no more of the opening", func(_ []string, _ *string, _, o *float64, _ *int) { *o = 0.2 }, false},
		{"the candidate in a menu run", func(l []string, _ *string, _, _ *float64, _ *int) { l[8] = "Guides" }, false},
		{"the candidate a sentence", func(l []string, _ *string, _, _ *float64, _ *int) { l[hl] = head + "." }, false},
		{"the candidate of two words", func(l []string, _ *string, _, _ *float64, _ *int) { l[hl] = "Pallet Beds" }, false},
		{"nothing signs the candidate", func(l []string, _ *string, _, _ *float64, _ *int) { l[12] = body }, false},
		{"the candidate under its bar", func(_ []string, _ *string, z, _ *float64, _ *int) { *z = -4 }, false},
		{"the candidate past the reach", func(_ []string, _ *string, _, _ *float64, _ *int) {}, false},
	} {
		lines := []string{
			"Skip to main", "Home", "Events", "Members", entry, "Tools", "Join us",
			"Latest from the club", blurb, "Projects", head, body, "Written by Ada Lowe, Ben Hart", body, body,
		}
		url, z, overlap, f := "", -2.0, 0.6, first
		if c.edit != nil {
			c.edit(lines, &url, &z, &overlap, &f)
		}
		h := hl
		if c.name == "the candidate past the reach" {
			pad := slices.Repeat([]string{blurb}, textTitleBelow)
			lines = slices.Concat(lines[:first+1], pad, lines[first+1:])
			h += textTitleBelow
		}
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := make([][textTitleFeatures]float64, 2)
		vecs[0][0], vecs[1][0] = 0.5, z
		vecs[0][textTitleOverlapAt], vecs[1][textTitleOverlapAt] = 0.2, overlap
		want := at
		if c.moves {
			want = h
		}
		cc := &textTitleCandidates{blocks: textNewBlocks(lines...), cands: []int{at, h}, vecs: vecs, first: f, url: url, w: &w}
		if got := textTitleMenuOverSigned(cc, at); got != want {
			t.Errorf("%s: textTitleMenuOverSigned gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
		}
	}
}
