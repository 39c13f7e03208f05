package extract

import "testing"

// TestTextNameAfterSpacedDate checks a meta line of a date and the
// writer's name over or under the headline; none for a sentence after
// the date, for a date of more than four words, nor for a name of words
// the page writes in lower case.
func TestTextNameAfterSpacedDate(t *testing.T) {
	const head, body = textFerriesHeadline, textFerriesShortBody
	textCheckAuthorsAround(t, []textAuthorAround{
		{"January 16, 2026 Yara Lund\n" + head + body, "Yara Lund"},
		{head + "Dec. 19, 2025 · Yara Lund on behalf of the Harbour team\n" + body, "Yara Lund"},
		{head + "Dec. 19, 2025 · Yara Lund said the boats will run\n" + body, ""},
		{head + "The boats left the quay on Dec. 19, 2025 Yara Lund\n" + body, ""},
		{head + "Dec. 19, 2025 · Harbour Boats\n" + body, ""},
	})
}
