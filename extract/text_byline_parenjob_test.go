package extract

import "testing"

// TestTextParenJobByline checks a name with its job in parentheses under
// the headline, kept as written; none for a part in parentheses that
// names no job, a name of words the page writes in lower case, a job not
// at the line's end, or a second parenthesis.
func TestTextParenJobByline(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Maren Solberg (Content Manager)\nTor (Editor-in-Chief)\n", "Maren Solberg (Content Manager)"},
		{head + "Maren Solberg (Editor-in-Chief)\n", "Maren Solberg (Editor-in-Chief)"},
		{head + "Maren Solberg (Keel Lane)\n", ""},
		{head + "Quay Crews (Content Manager)\n", ""}, // the body writes "quay" and "crews"
		{head + "Maren Solberg (Content Manager) on the quay\n", ""},
		{head + "Maren Solberg (Content Manager) (Keel)\n", ""},
	})
}
