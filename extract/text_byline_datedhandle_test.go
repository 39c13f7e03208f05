package extract

import "testing"

// TestTextDatedHandle checks a login in lower case or a capitalised
// word after the date's "by" under the headline; none when no date comes
// before the "by", and none for a capitalised word the page writes in
// lower case.
func TestTextDatedHandle(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Posted on July 1, 2024 by keelferries\n", "keelferries"},
		{head + "January 20th, 2025 by HFB\n", "HFB"},
		{head + "Posted in News by keelferries\n", ""},
		{head + "January 20th, 2025 by Quay\n", ""},
	})
}
