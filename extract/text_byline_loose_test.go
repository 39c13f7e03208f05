package extract

import "testing"

// TestTextLooseByline checks a "By" line under the headline and its date
// whose name holds a stopword or opens with a digit; none without the
// date beside it, none with two stopwords or a digit alone.
func TestTextLooseByline(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const date = "March 4, 2025\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + date + "By Ask the Skipper\n", "Ask the Skipper"},
		{head + date + "By 3k Ferries\n", "3k Ferries"},
		{head + "By Ask the Skipper\n", ""},
		{head + date + "By Ask of the Skipper\n", ""},
		{head + date + "By 3 Ferries\n", ""},
	})
}
