package extract

import "testing"

// TestTextPickButtonsLeftOut checks that textLeaveOut
// (textLeaveOutPickButtons) takes a round-up's buttons naming each pick out
// of the kept lines when the page states two or more, with their tails
// ("Now!", "for Free!", "with <Name>"), a lower-case one-word name and a
// full stop. Lines that open the same way as a phrase (a function word, a
// colon, a figure, two lower-case words) stay.
func TestTextPickButtonsLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Best Ferry Booking Apps of the Year", false},
		{"We booked forty crossings on the estuary with each app and timed how long a return ticket took from start to finish.", false},
		{"Harbourline is the quickest of the lot, with saved cards and a timetable that works without a signal.", false},
		{"Try Harbourline Now!", true},
		{"Quayside costs nothing for single tickets and charges a small fee for season passes.", false},
		{"Try Quayside for Free!", true},
		{"Tidewater Rowe sells its own passes and lets a family share one account.", false},
		{"Shop Tidewater Rowe.", true},
		{"Shop Ferrycraft with Saltmarsh", true},
		{"Try ebbtide", true},
		{"Try a new route", false},
		{"Try this:", false},
		{"Try 7 crossings a week", false},
		{"Try out the quay", false},
		{"Try Harbourline at the quay", false},
		{"Shop Season Tickets:", false},
		{"Try walking instead", false},
		{"Shop for a coat before the winter boats", false},
		{"Passengers with season tickets keep them until the end of the year, whatever the app.", false},
	})
}

// TestTextPickButtonAloneStays checks that one pick button on a page stays:
// a writer's own suggestion reads the same ("Try Harbourline.").
func TestTextPickButtonAloneStays(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The morning boat was late again, so I gave up on the harbour office's website.", false},
		{"Try Harbourline.", false},
		{"It had my ticket in under a minute and the boat left ten minutes later.", false},
	})
}
