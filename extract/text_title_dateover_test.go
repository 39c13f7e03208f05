package extract

import (
	"slices"
	"testing"
)

// TestTextTitleUnderItsDate: a blog's name taken over its tagline, the
// post's date and the post's headline gives way to the headline the date
// stands over. A URL, a date or byline beside the line taken, a name
// under it, no date two or three blocks under it, a byline in the date's
// place, a headline that is a sentence, of two words, the line taken
// again, opening in lower case or with a date of its own under it, and
// one scoring past the gap or under its bar leave the line taken. Each
// gate was seen failing its case once.
func TestTextTitleUnderItsDate(t *testing.T) {
	const (
		site  = "Harbour Notes Blog"
		head  = "Small boats on a quiet harbour"
		tag   = "Jane Roe's notes on boats, tides, harbours and the people who work them, written from a small town on the coast since 2009."
		date  = "Friday, December 19, 2025"
		body  = "The harbour was quiet this winter, and the small boats that stay in it all year had the water to themselves for the first time in a decade of notes."
		at    = 0
		first = 1
	)
	base := func() []string { return []string{site, tag, date, head, body, body, body} }
	for _, c := range []struct {
		name  string
		edit  func(lines []string, url *string, z, top *float64)
		moves bool
	}{
		{"the blog's name over its tagline, the date and the headline", nil, true},
		{"the date three blocks under", func(l []string, _ *string, _, _ *float64) {
			copy(l[1:], []string{tag, tag, date, head})
		}, true},
		{"a URL", func(_ []string, u *string, _, _ *float64) { *u = "https://harbour.example/small-boats" }, false},
		{"a date right under the line taken", func(l []string, _ *string, _, _ *float64) { l[1] = date }, false},
		{"a name right under the line taken", func(l []string, _ *string, _, _ *float64) { l[1] = "Jane Roe" }, false},
		{"no date two or three blocks under", func(l []string, _ *string, _, _ *float64) {
			copy(l[1:], []string{tag, tag, "Harbour tides and small boats", head})
		}, false},
		{"a byline in the date's place", func(l []string, _ *string, _, _ *float64) { l[2] = "By Jane Roe" }, false},
		{"the headline a sentence", func(l []string, _ *string, _, _ *float64) { l[3] = head + "." }, false},
		{"a two-word headline", func(l []string, _ *string, _, _ *float64) { l[3] = "Small boats" }, false},
		{"the line taken again under its date", func(l []string, _ *string, _, _ *float64) { l[3] = site }, false},
		{"the headline in lower case", func(l []string, _ *string, _, _ *float64) { l[3] = "small boats harbour tides" }, false},
		{"the headline dated under", func(l []string, _ *string, _, _ *float64) { l[4] = date }, false},
		{"the headline past the gap", func(_ []string, _ *string, z, top *float64) { *z = *top - textDateOverGap - 0.1 }, false},
		{"the headline under its bar, within the gap", func(_ []string, _ *string, z, top *float64) {
			*z = textTitleMinLogitAt(3, first, false) + textDateOverMargin - 0.1
			*top = *z + 1
		}, false},
	} {
		lines, url, z, top := base(), "", -1.0, 1.3
		if c.edit != nil {
			c.edit(lines, &url, &z, &top)
		}
		hl := slices.Index(lines, head)
		if hl < 0 {
			hl = 3
		}
		blocks := textNewBlocks(lines...)
		cands := []int{at, hl}
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := make([][textTitleFeatures]float64, 2)
		vecs[0][0], vecs[1][0] = top, z
		want := at
		if c.moves {
			want = hl
		}
		if got := textTitleUnderItsDate(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, url: url, w: &w}, at); got != want {
			t.Errorf("%s: textTitleUnderItsDate gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
		}
	}
}
