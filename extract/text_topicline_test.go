package extract

import "testing"

// TestTextTopicLineLeftOut holds textLeaveOutTopicLine: a tag or filing
// line closing the body goes; one inside the body, a long sentence
// opening with a label and a label glued to its value stay.
func TestTextTopicLineLeftOut(t *testing.T) {
	prose := "The harbour board voted on Tuesday to reopen the old ferry slip for the summer season."
	for _, c := range []struct {
		name  string
		lines []leftOutLine
	}{
		{"tagged", []leftOutLine{{prose, false}, {prose, false}, {"Tagged: ferry timetables", true}}},
		{"filed in", []leftOutLine{{prose, false}, {"Filed in: ferries, harbour news, summer crossings", true}}},
		{"inside", []leftOutLine{{prose, false}, {"Filed under: Harbours -- Surveys", false}, {prose, false}}},
		{"long", []leftOutLine{{prose, false}, {"Topics: the board will hear from ferry crews, harbour traders, divers, pilots and the families who live on the quay about the slip.", false}}},
		{"glued", []leftOutLine{{prose, false}, {"Tagged:ferry", false}}},
		{"no label", []leftOutLine{{prose, false}, {"Tagline: ferries for all", false}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLeftOutBy(t, c.lines, textLeaveOutTopicLine) })
	}
}
