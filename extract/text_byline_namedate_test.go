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
