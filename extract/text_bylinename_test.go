package extract

import "testing"

// The byline's name under the headline may have a short label between it
// and its date (textDatePastLabel), or stand under a standfirst
// (textNameUnderDek); two lines between the name and its date are no
// label. The date may be a stamp with no year, and the name a brand in
// camel case (textBrandName), but not menu entries run together.
func TestTextNameUnderHeadlinePastLabel(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nMaren Solberg\nTransport\nMarch 4, 2025\n", "Maren Solberg"},
		{"Harbour Ferries Return for Winter\nSolberg\n•\nMarch 4, 2025\n", "Solberg"},
		{"Harbour Ferries Return for Winter\nMaren Solberg\nTransport\nQuay News\nMarch 4, 2025\n", ""},
		{"Harbour Ferries Return for Winter\nTwo boats will cross the water each day until the spring\nSolberg\nMarch 4, 2025\n", "Solberg"},
		{"Harbour Ferries Return for Winter\nTwo boats\nSolberg\nMarch 4, 2025\n", ""},
		{"Harbour Ferries Return for Winter\nSolberg\nJan 23\n", "Solberg"},
		{"Harbour Ferries Return for Winter\nQuayLine\nMarch 4, 2025\n", "QuayLine"},
		{"Harbour Ferries Return for Winter\nQuayLine Staff\nMarch 4, 2025\n", "QuayLine Staff"},
		{"Harbour Ferries Return for Winter\nHomeNewsQuay\nMarch 4, 2025\n", ""},
		{"Harbour Ferries Return for Winter\nTimetable Staff\nMarch 4, 2025\n", ""}, // the body writes "timetable"
	})
}

// textAuthorAround is a flat page's lines around its headline and the
// author wanted from them.
type textAuthorAround struct{ around, want string }

// textCheckAuthorsAround checks the author read from each case's lines
// set between a menu and the ferries report's body.
func textCheckAuthorsAround(t *testing.T, cases []textAuthorAround) {
	t.Helper()
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n" +
		"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
	for _, tt := range cases {
		page := "Home\nNews\n" + tt.around + body
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.around, got, tt.want)
		}
	}
}
