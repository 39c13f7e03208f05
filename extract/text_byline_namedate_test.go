package extract

import "testing"

// TestTextNameOpensDatedLine checks the name read from the start of its
// date's line behind a publishing label or over a comment count; not a
// heading that opens a dated line with neither, not an update stamp.
func TestTextNameOpensDatedLine(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"Maren Solberg Published 10:19am 19 December 2025", "Maren Solberg"},
		{"Maren Solberg Posted: March 3, 2024", "Maren Solberg"},
		{"Maren Solberg 02 Feb 2026 Ferry Reviews 7 Comments", "Maren Solberg"},
		{"Maren Solberg 02 Feb 2026 Ferry Reviews", ""},
		{"Winter Timetable March 3, 2024", ""},
		{"Site Last Updated: December 20, 2025", ""},
		{"Maren Solberg Published in Harbour News", ""},
	} {
		if got, _ := textNameOpensDatedLine(tt.line, textYearUnknown); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
	}
	// On a page, far under the headline.
	const head = "Home\nNews\nHarbour Ferries Return for Winter\nReport this article\n"
	const under = "Share on Facebook\nShare on X\nEmail\nPrint\nTags\nFerries\nWinter\nTimetables\nQuays\nComments\n"
	page := head + textFerriesParas + under + "Maren Solberg Published 10:19am 19 December 2025\nContact us\n"
	if got := textFerriesAuthor(t, page); got != "Maren Solberg" {
		t.Errorf("on a page: author %q, want %q", got, "Maren Solberg")
	}
}

// TestTextNameOpensDatedLineGate holds textNameOpensDatedLine's gate
// (textMayOpenDatedLine) to the reading without it: over random lines of
// names, the labels and their look-alikes ("Post", "Publish", "posted"),
// comment counts glued and spaced, dates, prose and white space beyond
// ASCII after the count, and the test pages' lines, each read with the
// year searched and with every answer a block may give.
func TestTextNameOpensDatedLineGate(t *testing.T) {
	rng := fastRand(113, 50)
	pieces := []string{"Maren Solberg ", "Ed Poe", " ", "Published ", "Published: ", "Posted", " Posted on ", "Post ", "Publish ",
		"posted ", "P", "19 December 2025 ", "Feb 02, 2026", "10:19am ", "7 ", "Comments", "Comment", "NoComments", " \u00a0", "\u2003",
		"Ferry Reviews ", "the quays reopened in spring ", "é"}
	lines := fastPieceLines(textSpeedLines(t), rng, pieces, 200000, 1, 9)
	yes := 0
	for _, line := range lines {
		for _, year := range []textLineYear{textYearUnknown, textYearHeld, textYearNone} {
			if year != textYearUnknown && year.in(line) != textHasYear(line) {
				continue // a block's answer is its line's own (TestTextLineYearMatchesSearch)
			}
			n1, s1 := textNameOpensDatedLine(line, year)
			n2, s2 := textNameOpensDatedLineRead(line, year)
			if n1 != n2 || s1 != s2 {
				t.Fatalf("%q (year %d): %q %q through the gate, %q %q without", line, year, n1, s1, n2, s2)
			}
			if n2 != "" {
				yes++
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("%d lines read a name: too few to hold the gate", yes)
	}
}
