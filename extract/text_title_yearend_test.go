package extract

import "testing"

// TestTextTitleCutAfterYear: a title whose head ends in its year or issue
// number loses the pitch after a dash or bar; a head that is the year
// alone, an em dash's clause, a year inside the head, a one-word tail and
// a title with no separator stay whole.
func TestTextTitleCutAfterYear(t *testing.T) {
	for in, want := range map[string]string{
		"Best Coastal Walks in Cornwall (2026) – Cliffs, Coves & Harbours":  "Best Coastal Walks in Cornwall (2026)",
		"Nine Ferry Routes Worth Taking in 2025 | Timetables, Fares & Tips": "Nine Ferry Routes Worth Taking in 2025",
		"The Harbour Letter #42 - What the Tide Leaves Behind":              "The Harbour Letter #42",
		"2025 – Walking the North Coast Path":                               "2025 – Walking the North Coast Path",
		"The best walk of 2024 — and five to try in 2025":                   "The best walk of 2024 — and five to try in 2025",
		"Walks from 2024 to Try – A Local's Picks":                          "Walks from 2024 to Try – A Local's Picks",
		"Best Coastal Walks in 2026 – Reviewed":                             "Best Coastal Walks in 2026 – Reviewed",
		"Best Coastal Walks in 2026":                                        "Best Coastal Walks in 2026",
	} {
		if got := textTitleCutAfterYear(in); got != want {
			t.Errorf("textTitleCutAfterYear(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextTitleCutAfterYearPage: through Extract, a guide whose headline
// carries its search title's pitch after the year is given the headline.
func TestTextTitleCutAfterYearPage(t *testing.T) {
	lines := textTitleDatedPage("Best Coastal Walks in Cornwall (2026) – Cliffs, Coves & Harbours")
	checkTextTitlePage(t, lines, "Best Coastal Walks in Cornwall (2026)")
}
