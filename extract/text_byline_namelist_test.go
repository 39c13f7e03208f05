package extract

import "testing"

// TestTextNameListUnderHeadline checks several names on one line under
// the headline, or under a standfirst, over the date; a name whose other
// word a reader writes in lower case is still one; no list without the
// date under it, no heading of common words.
func TestTextNameListUnderHeadline(t *testing.T) {
	const dek = "A look at the winter timetable and the crews who will run the boats\n"
	const thanks = "Thanks lund for the ride.\n" // a reader's comment
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nMaren Lund, Tor Holm & Ida Berg\nMarch 4, 2025\n" + thanks, "Maren Lund, Tor Holm & Ida Berg"},
		{"Harbour Ferries Return for Winter\n" + dek + "Maren Lund and Tor Holm\nMarch 4, 2025\n", "Maren Lund and Tor Holm"},
		{"Harbour Ferries Return for Winter\nMaren Lund, Tor Holm & Ida Berg\n", ""},
		{"Harbour Ferries Return for Winter\nQuay Ferries & Winter Boats\nMarch 4, 2025\n", ""},
	})
}
