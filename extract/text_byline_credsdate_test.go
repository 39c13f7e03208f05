package extract

import "testing"

// TestTextCredNameOverDate checks a name with its credentials over the
// byline's date under the headline, the credentials kept as written,
// with a comma after the name or none (the readings before it leave both
// with an initial in the name and a month's abbreviation with its full
// stop);
// none without the date under it, with a credential in mixed case (a
// word), or with a word the page writes in lower case in the name.
func TestTextCredNameOverDate(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Maren A. Solberg CPP, PSP\nMar. 4, 2025\n15 min read\n", "Maren A. Solberg CPP, PSP"},
		{head + "Maren A. Solberg, RD, LD\nMar. 4, 2025\n", "Maren A. Solberg, RD, LD"},
		{head + "Maren A. Solberg CPP, PSP\nShare\n", ""},
		{head + "Maren A. Solberg CPP, PhD\nMar. 4, 2025\n", ""},
		{head + "Quay A. Crews CPP, PSP\nMar. 4, 2025\n", ""}, // the body writes "quay" and "crews"
	})
}
