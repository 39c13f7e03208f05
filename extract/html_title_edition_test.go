package extract

import "testing"

// TestEditionTail: a month and year after the <h1>'s separator is kept,
// a label there is still cut.
func TestEditionTail(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testPageMeta(t, tt.head, tt.body)
			if got := m.pickTitle("https://quaynotes.example/clocks"); got != tt.want {
				t.Errorf("pickTitle = %q, want %q", got, tt.want)
			}
		})
	}
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
