package extract

import "testing"

// TestTextNameOverJob checks the name over a job line right above the
// body's first paragraph or a date, past the headline's narrow window
// (a repeated headline, a back link and an update stamp between): read
// with a rank beside the job words; not over a list of services, not
// with a word the page writes in lower case.
func TestTextNameOverJob(t *testing.T) {
	const head = "Home\nNews\nHarbour Ferries Return for Winter\nBack to all\nLast Updated January, 2025\nHarbour Ferries Return for Winter\nBack to all\nLast Updated January, 2025\n"
	const foot = "Share\nRelated posts\nContact us\n"
	textCheckFerriesAuthors(t, head, foot, []textAuthorAround{
		{"Maren Solberg\nFormer Harbour Pilot\n", "Maren Solberg"},
		{"Maren Solberg\nVice President of Crossings\n", "Maren Solberg"},
		// The page writes "harbour" in lower case: a heading's word.
		{"Harbour Board\nFormer Harbour Pilot\n", ""},
		// Neither the body nor a date under the pair: a list of people.
		{"Maren Solberg\nFormer Harbour Pilot\nEd Poe\nHarbour Master\n", ""},
	})
}
