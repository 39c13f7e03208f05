package extract

import "testing"

// TestTextSourcePromptLeftOut checks that textLeaveOut (textIsSourcePrompt)
// takes a publisher's prompt to be added as a preferred source out of the
// kept lines: by the byline, under a label, as "Add <site> on Google" and
// as "Click here to make <site> ...". A sentence about trusted sources and
// one that names Google stay.
func TestTextSourcePromptLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Ferry Timetable Changes in the Spring", false},
		{"Add as a preferred source on Google", true},
		{"From the first of March the morning boat leaves the quay half an hour earlier, and the last boat of the evening is dropped on Sundays.", false},
		{"Add as a Reliable and Trusted News Source", true},
		{"The harbour board says the change follows two winters of falling numbers on the late crossing.", false},
		{"Click here to make the Harbour Gazette a preferred source on Google.", true},
		{"Add Harbourwatch on Google", true},
		{"Ask a trusted source before you buy a season ticket.", false},
		{"Add the new times to your calendar on Google or on your phone.", false},
		{"Passengers with season tickets keep them until the end of the year, whatever the timetable.", false},
	})
}
