package extract

import "testing"

// TestTextParenNameByline checks a name with a part in parentheses in a
// dated byline under the headline or, as a blog's "Posted on … by …"
// line, over it; none without a date, with a part of three words, or
// for a name the page writes in lower case.
func TestTextParenNameByline(t *testing.T) {
	const head, body = textFerriesHeadline, textFerriesShortBody
	const long = "Harbour Ferries Return for Winter as the Boats Leave the Quay Early"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Yara (Berg) Lund Published: January 3, 2024\n" + body, "Yara (Berg) Lund"},
		{"Posted on December 20, 2025 by Yara Lund (KeelNews) - 5 Comments on " + long + "\n" + long + "\n" + body, "Yara Lund (KeelNews)"},
		{head + "Yara (Berg) Lund Published: in the spring\n" + body, ""},
		{head + "Yara (Berg Keel Quay) Lund Published: January 3, 2024\n" + body, ""},
		{head + "Harbour (Keel) Boats Updated: January 3, 2024\n" + body, ""},
	})
}
