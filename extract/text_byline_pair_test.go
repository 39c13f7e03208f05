package extract

import "testing"

// TestTextBylineNamePair checks two writers by their first names under
// a written label (wcxb-dev 4084: "Written By Linny and Peter"); a word
// the page writes in lower case is no name.
func TestTextBylineNamePair(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nWritten By Maren and Tor\nMarch 4, 2025\n", "Maren and Tor"},
		{"Harbour Ferries Return for Winter\nPosted by Maren & Tor\nMarch 4, 2025\n", "Maren & Tor"},
		{"Harbour Ferries Return for Winter\nWritten By Ferries and Crews\nMarch 4, 2025\n", ""}, // the body writes both in lower case
	})
}
