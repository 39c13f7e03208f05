package extract

import (
	"strings"
	"testing"
)

// TestTextHasSpacedSeparatorGate checks the gate before
// textTitleYearEndRE: on invented titles and random ones made of the
// expression's pieces, the title is cut just as the expression alone
// cuts it, and the gate turns away no title the expression matches.
func TestTextHasSpacedSeparatorGate(t *testing.T) {
	plain := func(title string) string {
		if m := textTitleYearEndRE.FindStringSubmatch(title); m != nil {
			return strings.TrimSpace(m[1])
		}
		return title
	}
	titles := []string{
		"Best Movers in New York (2025) – Top Local Movers",
		"Tools for Data in 2026 | Python, SQL & AI",
		"The Weekly Signal #18 - The World Without Work?",
		"A Plain Headline Without Any Tail",
		"Five Things of 2024 — and 5 trends",
		"Ends In A Dash 2025 -",
		"Two  Spaces 2020 -  Tail Words",
	}
	pieces := []string{"A", "Best", "in", "2025", "(2026)", "#7", "1999", " ", " ", "-", "–", "—", "|",
		" - ", " – ", " | ", "\xe2\x80", "\xe2", "x y", "é", "\n", "Tail Words"}
	rng := fastRand(38, 1)
	matched := 0
	titles = fastPieceLines(titles, rng, pieces, 60000, 2, 12)
	for _, title := range titles {
		if textTitleYearEndRE.MatchString(title) {
			matched++
			if !textHasSpacedSeparator(title) {
				t.Errorf("gate turns away %q, which the expression matches", title)
			}
		}
		if got, want := textTitleCutAfterYear(title), plain(title); got != want {
			t.Errorf("textTitleCutAfterYear(%q) = %q, the expression alone %q", title, got, want)
		}
	}
	if matched < 200 {
		t.Fatalf("only %d titles matched: the random titles do not try the gate", matched)
	}
}
