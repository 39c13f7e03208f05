package extract

import (
	"slices"
	"testing"
)

// TestTextTitleMenuOffSlug: on …/blog/payroll-trends a menu entry
// stating one slug word, taken over the body's start, gives way to the
// signed headline under it that states the whole slug. No slug, an entry
// stating two slug words, among long lines, signed beside it or inside
// the body's span, and a headline stating one slug word, of two words,
// in a menu run, a sentence, signed by nothing, under its bar or past
// textTitleBelow leave the line taken. Each gate was seen failing its
// case once.
func TestTextTitleMenuOffSlug(t *testing.T) {
	const (
		entry = "AI for Payroll"
		head  = "9 Payroll Trends for 2027: What Comes Next"
		blurb = "Northwind Academy trains people teams in payroll, pay equity and the law that governs them, with courses written by practitioners and reviewed each year."
		body  = "Payroll teams meet a year of new rules, new tools and new questions from the people they pay, and the trends below shape how they answer them."
		at    = 4
		first = 8
	)
	slug := textSlugKeys("https://academy.example.org/blog/payroll-trends/")
	base := func() []string {
		return []string{
			"Skip to content", "Home", "Courses", "Certificates", entry, "Resources", "Contact",
			"Browse all content", blurb, "Payroll", head, body, "Written by Jane Roe, Sam Poe", body, body,
		}
	}
	for _, c := range []struct {
		name  string
		edit  func(lines []string, slug *[]string, z *float64, first *int) []string
		moves bool
	}{
		{"a menu entry over the signed headline", nil, true},
		{"no slug", func(_ []string, s *[]string, _ *float64, _ *int) []string { *s = nil; return nil }, false},
		{"the entry states two slug words", func(l []string, _ *[]string, _ *float64, _ *int) []string { l[at] = "Payroll Trends Hub"; return nil }, false},
		{"the entry among long lines", func(l []string, _ *[]string, _ *float64, _ *int) []string {
			l[2], l[3], l[5], l[6] = blurb+" One.", blurb+" Two.", blurb+" Three.", blurb+" Four."
			return nil
		}, false},
		{"the entry signed beside", func(l []string, _ *[]string, _ *float64, _ *int) []string { l[at+1] = "By Mary Roe"; return nil }, false},
		{"the entry inside the body's span", func(_ []string, _ *[]string, _ *float64, f *int) []string { *f = at; return nil }, false},
		{"the headline states one slug word", func(l []string, _ *[]string, _ *float64, _ *int) []string {
			l[10] = "9 Payroll Ideas for 2027: What Comes Next"
			return nil
		}, false},
		{"the headline of two words", func(l []string, _ *[]string, _ *float64, _ *int) []string { l[10] = "Payroll Trends"; return nil }, false},
		{"the headline in a menu run", func(l []string, _ *[]string, _ *float64, _ *int) []string { l[8] = "Guides"; return nil }, false},
		{"the headline a sentence", func(l []string, _ *[]string, _ *float64, _ *int) []string { l[10] = head + "."; return nil }, false},
		{"nothing signs the headline", func(l []string, _ *[]string, _ *float64, _ *int) []string {
			l[12] = body
			return nil
		}, false},
		{"the headline under its bar", func(_ []string, _ *[]string, z *float64, _ *int) []string { *z = -4; return nil }, false},
		{"the headline past the reach", func(l []string, _ *[]string, _ *float64, _ *int) []string {
			pad := make([]string, textTitleBelow)
			for k := range pad {
				pad[k] = blurb
			}
			return append(l[:first+1], append(pad, l[first+1:]...)...)
		}, false},
	} {
		lines, s, z, f := base(), slug, -2.0, first
		if c.edit != nil {
			if l := c.edit(lines, &s, &z, &f); l != nil {
				lines = l
			}
		}
		hl := slices.IndexFunc(lines, func(l string) bool { return len(l) > 8 && l[:8] == head[:8] || l == "Payroll Trends" })
		blocks := textNewBlocks(lines...)
		cands := []int{at, hl}
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := make([][textTitleFeatures]float64, 2)
		vecs[0][0], vecs[1][0] = 0.5, z
		want := at
		if c.moves {
			want = hl
		}
		if got := textTitleMenuOffSlug(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: f, slug: s, w: &w}, at); got != want {
			t.Errorf("%s: textTitleMenuOffSlug gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], want)
		}
	}
}
