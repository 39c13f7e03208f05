package extract

import "testing"

// TestTextNameUnderDatedHeadline checks a bare name under the headline,
// or under a standfirst, with the date over the headline; no name
// without the date there, none with a word the page writes in lower case.
func TestTextNameUnderDatedHeadline(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const date = "March 4, 2025\n"
	const dek = "A look at the winter timetable and the crews who will run the boats\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{date + head + "Maren Lund\n", "Maren Lund"},
		{date + head + dek + "Maren Lund\n", "Maren Lund"},
		{head + "Maren Lund\n", ""},
		{date + head + "Keel Timetable\n", ""},
	})
}
