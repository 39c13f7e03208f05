package extract

import "testing"

// TestTextNameOverJobOverBio checks an author card with the job between
// the name and the bio far under the body; none for two cards, for a
// date under a heading over its prose, nor for a bio that neither names
// a trade nor says "he" or "she".
func TestTextNameOverJobOverBio(t *testing.T) {
	const bio = "Maren Solberg is the Quay News's harbour reporter and has covered the ferries since 2015, from the timetables to the crews.\n"
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"Maren Solberg\nHarbour Desk, Co-Founder\n" + bio, "Maren Solberg"},
		{"Maren Solberg\nHarbour Desk, Co-Founder\n" + bio + "Tor Lund\nPhoto Desk\nTor Lund is the Quay News's photo editor, and he has shot the harbour for ten years.\n", ""},
		{"Winter Ferries\nMarch 4, 2025 No Comments\nWinter Ferries from the quay are the reporter's favourite, she says, for the calm water.\n", ""},
		{"Maren Solberg\nHarbour Desk\nMaren Solberg lives by the quay, where the boats, the tides and the people who work on the water meet each day.\n", ""},
	})
}
