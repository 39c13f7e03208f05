package extract

import "testing"

// TestTextCutAtBio holds textCutAtBio: under an invented harbour story, a
// writer's bio among the body's last paragraphs goes with what follows it
// (more about the writer, or a lender's notice) and with the box's labels
// right above it, and so does a bio under its writer's name; a bio under
// a "Why …" heading, one that opens with a single name and one with too
// much after it stay (the last two but for the bio itself, which
// textLeaveOutBios takes).
func TestTextCutAtBio(t *testing.T) {
	story := append(append([]string{}, bioTailStory...),
		"Harbour pilots said the shorter winter timetable would suit the tides better than the summer one, which had crossings at low water.",
		"The operator said it would hire two more deckhands for the winter and would keep the night crossing on Fridays and Saturdays.",
	)
	bio := "Mira Tolland is a harbour reporter at the Harbourton Ledger. She has covered the quay and its ferries for nine years."
	more := "When she is not on the quay, Mira sails a dinghy round the point to the old lighthouse."
	notice := "All loans are made by Harbour Savings Bank, member of the deposit scheme."
	with := func(tail ...string) []string { return append(append([]string{}, story...), tail...) }
	long := "When she is not on the quay, Mira sails a dinghy round the point to the lighthouse and back, and she has written two books on the harbour's old ferries and their crews, which the Harbourton museum sells in its shop on the quay."
	tests := []keptBodyCase{
		{"a bio and more about the writer go", with(bio, more), story},
		{"a bio and a lender's notice go", with(bio, notice), story},
		{"the box's labels above the bio go too", with("Title: Harbour reporter at the Ledger", "Beat: Ferries, Quays and Tides", bio, more), story},
		{"a bio under its writer's name goes with what follows", with("Mira Tolland", "As the Ledger's harbour reporter, Mira has covered the quay and its ferries for nine years.", more), story},
		{"a bio under a why heading stays", with("Why We're the Experts", bio, more), with("Why We're the Experts", more)},
		{"a single name opening stays", with("Tolland is a harbour reporter at the Ledger. She has covered the quay for years.", more),
			with(more)},
		{"a bio with too much after it stays", with(bio, long, long), with(long, long)},
	}
	checkKeptBodies(t, tests)
}
