package extract

import "testing"

// TestTextContentsLabelLinesLeftOut checks that textLeaveOutContentsLabels
// takes out a contents label with a widget's buttons on its line, a bare
// one and one with its entries glued after a colon, and leaves sentences
// that name a table of contents and a word that only starts like one.
func TestTextContentsLabelLinesLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"Table of Contents[Hide][Show]", true},
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Expand Table of Contents", true},
		{"Skip to table of contents", true},
		{"Table of Contents: Our Top Picks 1. North Quay Ferries 2. Island Hoppers 3. Harbour Taxis", true},
		{"Table of contents", true},
		{"Open the table of contents to find the timetable for each island.", false},
		{"I keep a table of contents of every walk at the foot of this page.", false},
		{"Table of contentsx and other made-up words", false},
	}, textLeaveOutContentsLabels)
}
