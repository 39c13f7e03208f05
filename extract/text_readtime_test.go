package extract

import "testing"

// TestTextLabelledReadingTimeLeftOut checks that textLeaveOut
// (textIsReadingTime, its labelled form) takes a labelled reading time out of the kept
// lines wherever it stands: a label with a colon, one without, an
// estimated time, a short unit, a range and "read time" after the minutes.
// A bare duration, a recipe's step, a sentence about reading time and the
// label with other words after it stay.
func TestTextLabelledReadingTimeLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"Keel Street Quay Reopens After the Winter Repairs", false},
		{"Reading Time: 8 minutes", true},
		{"The quay on Keel Street opened again on Monday after three months of repairs to its piles and its gangway.", false},
		{"Estimated reading time: 11 minutes", true},
		{"Reading time 15 minutes", true},
		{"Read time: 14 min", true},
		{"4 min read time", true},
		{"Reading time: 3–4 minutes", true},
		{"Harbour staff said the ferry timetable would return to its summer pattern from April.", false},
		{"2–4 minutes", false},
		{"90 min", false},
		{"Let the dough rest for 20 minutes.", false},
		{"Brew time: 10-12 minutes for a full pot", false},
		{"Reading time: 8 minutes of the harbour master's report", false},
		{"Reading time for the whole report is about 40 minutes.", false},
	})
}
