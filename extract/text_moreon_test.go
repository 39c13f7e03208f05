package extract

import "testing"

// TestTextMoreOnListLeftOut: a "More on" label over two post titles or
// more goes with them, down to the article's own numbered heading; a
// label over one title, over prose, and a line that only names more
// stay.
func TestTextMoreOnListLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished.", false},
		{"More on Keel Street", true},
		{"Ten Walks Around the Old Harbour", true},
		{"How the Ferry Doubled Its Crossings", true},
		{"2. North Harbour", false},
		{"The north harbour is quieter, and its pier is the oldest on the coast, built in 1820.", false},
		{"More on the pier", false},
		{"The pier's planks were replaced in the spring, one section at a time, by the same crew.", false},
		{"More on North Harbour", false},
		{"Where the Boats Go", false},
		{"The boats leave from the north pier twice a day, and once on Sundays in winter.", false},
		{"There is more on the timetable at the office", false},
		{"Ferry Times for Winter", false},
		{"Island Routes", false},
	})
}
