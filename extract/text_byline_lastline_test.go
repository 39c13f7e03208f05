package extract

import "testing"

// TestTextLastLineOverMatchesLastLine holds textLastLineOver to
// textLastLine: over the speed texts' lines and random texts of labels,
// words, spaces (beyond ASCII too), colons and line breaks, each text it
// calls longer than n has a last line longer than n, and it says so of
// many; and textIsBylineLabel, which asks it first, gives the answer of
// its plain form (textIsBylineLabelPlain,
// text_byline_label_gate_test.go).
func TestTextLastLineOverMatchesLastLine(t *testing.T) {
	pieces := []string{"\n", "Written by", "written by", "Author:", "By", "Harbour Ferries Return ", "the ferry reopened on Monday ",
		" ", "  ", ":", "::", "\t", "\u00a0", "\u2028", "é", "’", "\x01", "x", "Article written by", "AUTHORS", "İ"}
	texts := fastPieceLines(textSpeedLines(t), fastRand(133, 3), pieces, 200000, 1, 14)
	over, labels := 0, 0
	for _, text := range texts {
		for _, n := range []int{0, 1, 5, textBylineLabelMax, 4 * textBylineLabelMax} {
			if textLastLineOver(text, n) {
				over++
				if got := textLastLine(text); len(got) <= n {
					t.Fatalf("textLastLineOver(%q, %d) is true, the last line %q", text, n, got)
				}
			}
		}
		got, want := textIsBylineLabel(text), textIsBylineLabelPlain(text)
		if got != want {
			t.Fatalf("textIsBylineLabel(%q) = %v, the plain form %v", text, got, want)
		}
		labels += textBool(got)
	}
	if over < 100000 || labels < 1000 {
		t.Fatalf("%d lines called longer, %d labels: the test reads too few", over, labels)
	}
}
