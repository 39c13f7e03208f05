package extract

import "testing"

// TestTextMidLineCredit checks the credit set after a separator in the
// page's full byline line, read over related posts' credits naming
// other writers; two such lines naming two writers give none, and the
// old readings stay when they agree.
func TestTextMidLineCredit(t *testing.T) {
	const full = "Medically reviewed by Ed Poe RDN, LD — Written by Maren Solberg, MS, RD — Updated on March 7, 2025\n"
	const related = "Quay Walks\nWritten by Ann Lee, MS\nPier Food\nWritten by Bo Hart\n"
	for _, tt := range []struct{ credit, want string }{
		{full, "Maren Solberg, MS, RD"},
		{full + related, "Maren Solberg, MS, RD"},
		{full + "Piers | Written by Ann Lee\n", ""},
		{"Quays | Written by Maren Solberg\nWritten by Maren Solberg\n", "Maren Solberg"},
		{related, ""},
	} {
		if got := textFerriesFootAuthor(t, tt.credit); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.credit, got, tt.want)
		}
	}
}

// TestTextOneWordCredit checks a credit line naming one word and the
// labels that end with a colon ("Posted By:", "Authors:",
// "Contributors:") or read "View all posts by".
func TestTextOneWordCredit(t *testing.T) {
	for _, tt := range []struct{ credit, want string }{
		{"Written by Maren\n", "Maren"},
		{"Posted By: Maren · In: Quays, Piers\n", "Maren"},
		{"Authors: Maren Solberg and Ed Poe, harbour educators\n", "Maren Solberg and Ed Poe"},
		{"Contributors: Maren Solberg\n", "Maren Solberg"},
		{"View all posts by Maren Solberg\n", "Maren Solberg"},
		// Not a name: lower case, a figure, too short.
		{"Written by hand\n", ""},
		{"Written by Team2\n", ""},
		{"Written by Al\n", ""},
	} {
		if got := textFerriesFootAuthor(t, tt.credit); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.credit, got, tt.want)
		}
	}
}

// textFerriesFootAuthor is the author read from the invented ferries
// article with lines set under its body and a share bar, past the
// headline's window, where only the page-wide readings reach.
func textFerriesFootAuthor(t *testing.T, lines string) string {
	const head = "Home\nNews\nHarbour Ferries Return for Winter\nReport this article\n"
	const under = "Share on Facebook\nShare on X\nEmail\nPrint\nTags\nFerries\nWinter\nTimetables\nQuays\nComments\n"
	return textFerriesAuthor(t, head+textFerriesParas+under+lines+"Share\nRelated posts\nContact us\n")
}
