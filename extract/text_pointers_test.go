package extract

import "testing"

// TestTextPointerLinesLeftOut checks that textLeaveOutPointerLines takes a
// body's pointers to the site's other posts out when it holds three of
// them or more, whatever marks open them, and leaves a sentence that
// names a post, a cue with no mark after it and a long line.
func TestTextPointerLinesLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Also read: Ten Quiet Coves on the Outer Islands", true},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
		{"» Related Reading: A Week on the Island Ferries", true},
		{"[Read more: Where to Eat Near the North Quay]", true},
		{"Read more about the ferry timetable in our guide to the islands.", false},
		{"Related stories are listed at the foot of the page and change each week", false},
		{"The last boat back leaves at six, and the harbour master holds it for no one, whatever the weather or the queue.", false},
		{"See also: How We Chose the Harbour Walks, the Ferries, the Cafés and the Coves on Every Island This Year", false},
	}, textLeaveOutPointerLines)
}

// TestTextPointerLinesFewStay checks that one or two pointers stay: the
// gold keeps a page's few pointers as often as it leaves them out.
func TestTextPointerLinesFewStay(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Also read: Ten Quiet Coves on the Outer Islands", false},
		{"Tickets are sold at the kiosk by the gangway and cost less on the first crossing of the day.", false},
		{"Related: A Week on the Island Ferries", false},
		{"The last boat back leaves at six, and the harbour master holds it for no one.", false},
	}, textLeaveOutPointerLines)
}
