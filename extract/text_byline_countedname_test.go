package extract

import "testing"

// TestTextOneNameCountedLine checks a blog's meta line signed with a
// first name alone, then the date and the comment count; none for a word
// the page writes in lower case, a date that does not follow the name at
// once, a count with no date, a date with no count, and two such lines
// of different names.
func TestTextOneNameCountedLine(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Maren March 4, 2025 0 Comments\n", "Maren"},
		{head + "Maren 4 March 2025 12 Comments\n", "Maren"},
		{head + "Ferries March 4, 2025 0 Comments\n", ""},
		{head + "Maren Posted in Quay News March 4, 2025 0 Comments\n", ""},
		{head + "Maren 12 Comments\n", ""},
		{head + "Maren March 4, 2025 · Comments\n", ""},
		{head + "Maren March 4, 2025 0 Comments\nTor March 5, 2025 3 Comments\n", ""},
	})
}
