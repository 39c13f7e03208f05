package extract

import "testing"

// TestEditionTail: a month and year after the <h1>'s separator is kept,
// a label there is still cut.
func TestEditionTail(t *testing.T) {
	checkTitles(t, "https://quaynotes.example/clocks", []titleCase{
		{"a month and year kept",
			`<title>The Best Cheap Tide Clocks - Quay Notes</title><meta property="og:site_name" content="Quay Notes">`,
			`<h1>The Best Cheap Tide Clocks - March 2026</h1>`,
			"The Best Cheap Tide Clocks - March 2026"},
		{"a label cut",
			`<title>The Best Cheap Tide Clocks - Quay Notes</title><meta property="og:site_name" content="Quay Notes">`,
			`<h1>The Best Cheap Tide Clocks - Top 9 Picks</h1>`,
			"The Best Cheap Tide Clocks"},
		{"a season cut",
			`<title>The Best Cheap Tide Clocks - Quay Notes</title><meta property="og:site_name" content="Quay Notes">`,
			`<h1>The Best Cheap Tide Clocks - Spring Picks</h1>`,
			"The Best Cheap Tide Clocks"},
	})
	for _, w := range [][]string{{"march", "2026"}, {"sept", "1999"}} {
		if !editionTail(w) {
			t.Errorf("editionTail(%q) = false", w)
		}
	}
	for _, w := range [][]string{{"march", "26"}, {"top", "2026"}, {"march", "2026", "picks"}} {
		if editionTail(w) {
			t.Errorf("editionTail(%q) = true", w)
		}
	}
}
