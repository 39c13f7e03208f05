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
