package extract

import "testing"

// TestTextUpdateStampLeftOut checks that textLeaveOut (textIsUpdateStamp)
// takes a page's update stamps out of its kept lines wherever they stand,
// even where the page holds more than one date line (which all stay): a
// stamp with a colon, one with "Last" and no colon, a day before its
// month, an ISO date, a clock after the date and the label whose date the
// flattening lost. A stamp that names a month without its day, a
// published stamp, a line that names a date after other words, a file "updated" in a code change and a sentence that
// opens with the word stay.
func TestTextUpdateStampLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"Keel Street Quay Reopens After the Winter Repairs", false},
		{"Dec 04, 2025", false},
		{"Updated: Dec 04, 2025", true},
		{"The quay on Keel Street opened again on Monday after three months of repairs to its piles and its gangway.", false},
		{"Last Updated Nov 6, 2025", true},
		{"Harbour staff said the ferry timetable would return to its summer pattern from April.", false},
		{"updated 12 Jul 2024", true},
		{"Last updated on 2025-12-04", true},
		{"Updated March 3, 2025 at 6:20 am", true},
		{"Last updated:", true},
		{"Last Updated: December 2025.", false},
		{"Published: Dec 04, 2025", false},
		{"Updated: QuayTimetable.tsx", false},
		{"Updated prices for March 3, 2025", false},
		{"Updated the fenders and the gangway after the storm of March 3, 2025.", false},
		{"March 3, 2025", false},
	})
}
