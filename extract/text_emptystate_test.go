package extract

import "testing"

// TestTextEmptyStateLeftOut checks that textLeaveOut (textIsEmptyState)
// takes an empty list's message out of the kept lines: no items found, no
// results found, no reviews yet. Sentences that open the same way stay.
func TestTextEmptyStateLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Ferry Timetable Changes in the Spring", false},
		{"From the first of March the morning boat leaves the quay half an hour earlier, and the last boat of the evening is dropped on Sundays.", false},
		{"No items found.", true},
		{"The harbour board says the change follows two winters of falling numbers on the late crossing.", false},
		{"No results found.", true},
		{"There are no reviews yet.", true},
		{"No injuries were found after the crossing.", false},
		{"No results yet from the survey, the board said.", false},
		{"Passengers with season tickets keep them until the end of the year, whatever the timetable.", false},
	})
}
