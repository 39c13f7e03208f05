package extract

import "testing"

// TestTextNameUnderHeadlineDate checks a desk or a one-word name under
// the headline's date, over the first paragraph: a staff desk, a one
// word the page sets again over the writer's card; none for a one word
// set once (a section's first heading) or set again only inside a longer
// line, a line over no paragraph, a
// line under no date, "Staff" over more than one word or a word in lower
// case, or two words that are no desk.
func TestTextNameUnderHeadlineDate(t *testing.T) {
	const (
		head = "Harbour Ferries Return for Winter\nMarch 4, 2025\n"
		body = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n" +
			"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
		card = "Share\nNewsdesk\nnews@harbour.example\n"
	)
	for _, tt := range []struct{ page, want string }{
		{head + "Staff Writer\n" + body, "Staff Writer"},
		{head + "Newsdesk\n" + body + card, "Newsdesk"},
		{head + "Newsdesk\n" + body, ""},
		{head + "Newsdesk\n" + body + "Share\nNewsdesk Weekly Roundup\n", ""},
		{head + "Motivation\n" + body + card, ""},
		{head + "Newsdesk\nBoats and crews\n" + body + card, ""},
		{"Harbour Ferries Return for Winter\nQuay News\nNewsdesk\n" + body + card, ""},
		{head + "Staff Harbour Writer\n" + body, ""},
		{head + "Staff picks\n" + body, ""},
		{head + "Quay Festival\n" + body, ""},
	} {
		if got := textFerriesAuthor(t, "Home\nNews\n"+tt.page); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.page, got, tt.want)
		}
	}
}
