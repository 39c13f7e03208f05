package extract

import (
	"strings"
	"testing"
)

// TestTextHandleOverDate checks a login in lower case ending the
// headline's block, or a block over the headline, over the date alone;
// none for a word the page writes in lower case elsewhere (a category),
// for a line of three words, or with no date under it.
func TestTextHandleOverDate(t *testing.T) {
	const body = "The harbour board will run the ferries twice a day from the quay on Keel Street, and crews on Mill Lane expect the boats to be full on most days this winter.\n\n" +
		"The new timetable will stay on the board's site for anyone who needs to plan a trip across the water before the next change comes in.\n"
	for _, tt := range []struct{ around, want string }{
		{"Harbour Ferries Return for Winter\nkeelposter\n\nMarch 4, 2025\n\nNo Comments\n\n", "keelposter"},
		{"All posts\nmaren dahl\n\nMarch 4, 2025\n\n3 min read\n\nHarbour Ferries Return for Winter\n\n", "maren dahl"},
		{"Harbour Ferries Return for Winter\nferries\n\nMarch 4, 2025\n\n", ""},
		{"Harbour Ferries Return for Winter\nkeel ferry poster\n\nMarch 4, 2025\n\n", ""},
		{"Harbour Ferries Return for Winter\nkeelposter\n\nNo Comments\n\n", ""},
	} {
		page := "Home\n\nNews\n\n" + tt.around + body
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("%q: author %q, want %q", strings.TrimSpace(tt.around), got, tt.want)
		}
	}
}
