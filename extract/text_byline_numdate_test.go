package extract

import "testing"

// TestTextNameBeforeNumDate checks a name before a date in digits under
// the headline, glued or set off; none for a section over its date, for
// a date in words, or for a line that goes on past the date.
func TestTextNameBeforeNumDate(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const body = "The boats will run twice a day from the quay until the spring, the board said.\n" +
		"Read the news about the harbour and the boats here.\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Yara3/4/2025\n" + body, "Yara"},
		{head + "KeelShop- 2025/4/29\n" + body, "KeelShop"},
		{head + "Jane Roe | 12.03.2024\n" + body, "Jane Roe"},
		{head + "News 3/4/2025\n" + body, ""},
		{head + "Yara 3/4/2025 and more\n" + body, ""},
		{head + "Yara 3/4\n" + body, ""},
	})
}
