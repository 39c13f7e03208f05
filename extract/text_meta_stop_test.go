package extract

import "testing"

// TestTextEndsStopMatchesPlain checks textEndsStop's fast path (a last
// byte that is ASCII and no quote or space) against the trim itself, on
// lines ending every way the trim treats differently.
func TestTextEndsStopMatchesPlain(t *testing.T) {
	ends := []string{"", ".", ":", "?", "!", "a", "7", " ", "  ", `"`, "'", "”", "’", "»", "«", ".”", ". ”", `."`, ":'", "' ", ". '", "é", "\xff", "\n", ".\n", "``", ")"}
	for _, head := range []string{"", "Mayor opens the new bridge", "a.", "Why it matters:"} {
		for _, a := range ends {
			for _, b := range ends {
				s := head + a + b
				if got, want := textEndsStop(s), textEndsStopPlain(s); got != want {
					t.Errorf("textEndsStop(%q) = %v, plain %v", s, got, want)
				}
			}
		}
	}
}
