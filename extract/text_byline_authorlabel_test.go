package extract

import "testing"

// TestTextNameOverAuthorLabel checks an author card at the article's end
// with the name over its label; none for a date over the label (a
// forum's post), nor for a name of words the page writes in lower case.
func TestTextNameOverAuthorLabel(t *testing.T) {
	const head, body = textFerriesHeadline, textFerriesShortBody
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + body + "Share this article\nYara Lund\nAuthor\n@yaralund • Jan 26, 2026 •\n", "Yara Lund"},
		{head + body + "Yara Lund\nAuthor’s Profile\nLatest Blogs\n", "Yara Lund"},
		{head + body + "March 4, 2025\nAuthor\nI took the boat on Monday.\n", ""},
		{head + body + "Quay Boats\nAuthor\nI took the boat on Monday.\n", ""},
	})
}

// TestTextAuthorCardLabelGate holds textIsAuthorCardLabel's gate (the
// first byte, the length) to the map it stands before: every label
// passes it, and so does nothing the map does not hold.
func TestTextAuthorCardLabelGate(t *testing.T) {
	for label := range textAuthorCardLabels {
		if !textIsAuthorCardLabel(label) {
			t.Errorf("%q: the gate refuses a label", label)
		}
	}
	for _, s := range []string{"", "Author:", "author", "Authors", "About the Author", "Author’s Profile page"} {
		if textIsAuthorCardLabel(s) {
			t.Errorf("%q: taken for a label", s)
		}
	}
}
