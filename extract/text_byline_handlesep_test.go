package extract

import "testing"

// TestTextBylineHandleBeforeSeparator checks a one-word byline on a line
// its date, time and comment count make long (wcxb-dev 0461: "by Amanda
// · Dec 20, 2025 at 3:00 am · One comment so far"): the separator after
// the name marks the byline; a long sentence opening "By …" names no
// one.
func TestTextBylineHandleBeforeSeparator(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nby Maren · Mar 4, 2025 at 3:00 am · One comment so far, add yours below\n", "Maren"},
		{"Harbour Ferries Return for Winter\nby Maren | Mar 4, 2025 at 3:00 am | One comment so far, add yours below\n", "Maren"},
		{"Harbour Ferries Return for Winter\nBy focusing on the quay the harbour board hopes to run more boats to the islands this winter\n", ""},
	})
}
