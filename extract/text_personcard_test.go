package extract

import "testing"

// TestTextRaiseInsidePersonCard: a hole that holds a person's card (a
// name with its job after a comma, over a job's line or over a bio in the
// first person) gives nothing back; a list of capitalised lines and a
// card's specifications with colons do.
func TestTextRaiseInsidePersonCard(t *testing.T) {
	tail := "+Readers wrote in to say the timetable was wrong on Sundays, which the office later fixed."
	bio := "+I'm the founder of Harbour Guides. I have sailed these waters for twenty years."
	stays := map[string][]string{
		"a job after the comma":   {"+" + textRaiseInsidePara, "-Mira Tolland, President/CEO", tail},
		"over a job's line":       {"+" + textRaiseInsidePara, "-Mira Tolland", " Harbour Columnist", tail},
		"over a first-person bio": {"+" + textRaiseInsidePara, "-Mira Tolland", bio},
		"a list of jobs":          {"+" + textRaiseInsidePara, "-Deck Hand Trainee", " Director of Ferries", tail},
	}
	for name, lines := range stays {
		checkRaiseInsideGivesNone(t, name, lines)
	}
	back := map[string][]string{
		"a list of places":     {"+" + textRaiseInsidePara, "-North Harbour", "-Keel Street", tail},
		"a card's features":    {"+" + textRaiseInsidePara, "-Deck Cover: Yes", "-Cabin Assistant: Radio", tail},
		"a name over prose":    {"+" + textRaiseInsidePara, "-Keel Street Pier", tail},
		"a name over no trade": {"+" + textRaiseInsidePara, "-Mira Tolland", "+I'm glad the quay reopened before the winter storms came in."},
	}
	for name, lines := range back {
		if got := textRaiseInsideCase(lines); len(got) != len(lines) {
			t.Errorf("%s: kept %q, want every line", name, got)
		}
	}
}

// TestTextCardBioInFirstPerson: under the body, a bio in the writer's
// own voice that names a trade goes with the name line over it; one under
// a heading, one naming no trade, and the same lines above the body stay.
func TestTextCardBioInFirstPerson(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished."
	own := "I'm the founder of Harbour Guides. I've written about the Keel Street docks for a decade."
	noTrade := "I'm glad the quay reopened before the winter storms came in, and so are the ferrymen."
	tests := []keptBodyCase{
		{"under the name", []string{prose, prose, prose, prose, prose, "Mira Tolland", own},
			[]string{prose, prose, prose, prose, prose}},
		{"under a heading", []string{prose, prose, prose, prose, prose, "Why trust our guides?", own},
			[]string{prose, prose, prose, prose, prose, "Why trust our guides?", own}},
		{"no trade", []string{prose, prose, prose, prose, prose, "Mira Tolland", noTrade},
			[]string{prose, prose, prose, prose, prose, "Mira Tolland", noTrade}},
	}
	checkKeptBodies(t, tests)
}
