package extract

import "testing"

// TestTextNewTabNoticeLeftOut checks that textLeaveOut (textIsNewTabNotice)
// takes a link's bare notice that it opens in a new tab or window out of
// the kept lines, in brackets, after a dash or alone. A notice after a
// link's words and a sentence about windows stay.
func TestTextNewTabNoticeLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Ferry Timetable Changes in the Spring", false},
		{"From the first of March the morning boat leaves the quay half an hour earlier, and the last boat of the evening is dropped on Sundays.", false},
		{"(opens in a new tab)", true},
		{"The harbour board says the change follows two winters of falling numbers on the late crossing.", false},
		{"Opens in a new window.", true},
		{"- (Opens in a new window)", true},
		{"Open in a new tab", true},
		{"Read the harbour board's notice (opens in a new tab)", false},
		{"The waiting room gets new windows in April.", false},
		{"Passengers with season tickets keep them until the end of the year, whatever the timetable.", false},
	})
}
