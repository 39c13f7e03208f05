package extract

import (
	"slices"
	"testing"
)

// TestTextTitleMenuOverHeadline: a menu entry taken over the body's
// start, stated again in the footer, gives way to the headline inside
// the body's span that a long date line and a bare "By" sign. A line
// taken stated once, not among short lines, signed beside it or inside
// the body's span, and a headline under its bar, naming no more of the
// body than the menu entry, a sentence, signed by nothing or past
// textTitleBelow leave the line taken. Each gate was seen failing its
// case once.
func TestTextTitleMenuOverHeadline(t *testing.T) {
	const (
		entry = "The Best Songs of the Year"
		head  = "Daily walks may work as well as a popular drug to calm worry, study finds"
		blurb = "Harbour Radio is the home of the coast's music and news, and its health desk ran a daily column on walking, sleep and the doctors who study them from 2009 to 2025."
		body  = "A new study shows that a daily walk eases worry as well as the popular drug does, in a trial of two hundred adults over eight weeks of walking."
		at    = 5
		first = 8
	)
	base := func() []string {
		return []string{
			"Skip to content", "Home", "Music", "New Songs Friday", "Live Sessions", entry, "About Us", "Careers",
			blurb, "Your Health", head,
			"Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET",
			"By", "April Roe", body, body, entry,
		}
	}
	under := func(_ []string, _ *int, z, _ *float64, _ *int) []string { *z = -3.4; return nil }
	for _, c := range []struct {
		name  string
		edit  func(lines []string, dup *int, z, overlap *float64, first *int) []string
		moves bool
		slug  []string // the URL's slug keys (none: no URL)
	}{
		{"a menu entry over the signed headline", nil, true, nil},
		{"the entry stated once", func(_ []string, dup *int, _, _ *float64, _ *int) []string { *dup = 0; return nil }, false, nil},
		{"the entry among long lines", func(l []string, _ *int, _, _ *float64, _ *int) []string {
			l[3], l[4], l[6], l[7] = blurb+" One.", blurb+" Two.", blurb+" Three.", blurb+" Four."
			return nil
		}, false, nil},
		{"the entry signed under", func(l []string, _ *int, _, _ *float64, _ *int) []string { l[6] = "By Mary Roe"; return nil }, false, nil},
		{"the entry inside the body's span", func(_ []string, _ *int, _, _ *float64, f *int) []string { *f = at; return nil }, false, nil},
		{"the headline under its bar", under, false, nil},
		{"the headline names no more of the body", func(_ []string, _ *int, _, o *float64, _ *int) []string { *o = 0; return nil }, false, nil},
		{"the headline a sentence", func(l []string, _ *int, _, _ *float64, _ *int) []string { l[10] = head + "."; return nil }, false, nil},
		{"nothing signs the headline", func(l []string, _ *int, _, _ *float64, _ *int) []string {
			l[11], l[12], l[13] = "Share", "Print", "Email"
			return nil
		}, false, nil},
		{"the headline past the reach", func(l []string, _ *int, _, _ *float64, _ *int) []string {
			pad := make([]string, textTitleBelow)
			for k := range pad {
				pad[k] = blurb
			}
			return append(l[:first+1], append(pad, l[first+1:]...)...)
		}, false, nil},
		// With the URL, a headline stating half the slug needs no bar
		// where the entry states none of it (4560).
		{"under its bar, half the slug, the entry off it", under, true, []string{"worry", "walks", "medication", "lexapro"}},
		{"under its bar, a quarter of the slug", under, false, []string{"worry", "medication", "lexapro", "trial"}},
		{"under its bar, half the slug, the entry on it", under, false, []string{"worry", "walks", "songs", "year"}},
	} {
		lines, dup, z, overlap, f := base(), 1, -2.0, 0.4, first
		if c.edit != nil {
			if l := c.edit(lines, &dup, &z, &overlap, &f); l != nil {
				lines = l
			}
		}
		hl := slices.Index(lines, head)
		blocks := textNewBlocks(lines...)
		blocks[at].dup, blocks[len(blocks)-1].dup = dup, dup
		cands := []int{at, hl}
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := make([][textTitleFeatures]float64, 2)
		vecs[0][0], vecs[1][0] = 1.3, z
		vecs[1][textTitleOverlapAt] = overlap
		want := at
		if c.moves {
			want = hl
		}
		if got := textTitleMenuOverHeadline(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: f, slug: c.slug, w: &w}, at); got != want {
			t.Errorf("%s: textTitleMenuOverHeadline gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
		}
	}
}

// TestTextTitleSignedUnder holds the reading under a headline: a long
// date line, a bare label, a byline; not a line of more words, nor one
// four blocks down.
func TestTextTitleSignedUnder(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Headline", "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET"}, true},
		{[]string{"Headline", "Share", "By", "April Roe"}, true},
		{[]string{"Headline", "Written by April Roe"}, true},
		{[]string{"Headline", "On November 11, 2022 the study that the team had run for eight weeks over two hundred adults of the coast was published"}, false},
		{[]string{"Headline", "Share", "Print", "Email", "By April Roe"}, false},
	} {
		if got := textTitleSignedUnder(textNewBlocks(c.lines...), 0); got != c.want {
			t.Errorf("textTitleSignedUnder(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
