package extract

import "testing"

// TestTextReviewCreditsLeftOut checks that textLeaveOutReviewCredits takes
// the reviewer's, fact-checker's and contributors' lines and the author
// box's bare labels out of the body, and leaves the sentences that open on
// the same words, a lower-case line after a cue and a long line.
func TestTextReviewCreditsLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"Reviewed by Mira Tolland", true},
		{"Fact checked by", true},
		{"Fact-checked by Ed Poe", true},
		{"Contributions From: Ann Lee & Rob Hale", true},
		{"Medically reviewed by Jan Roe, RD, on March 3, 2026.", true},
		{"Full Bio", true},
		{"Expert Verified", true},
		{"The ferry to the outer islands runs twice a day from the harbour's north quay in summer.", false},
		{"Reviewed by our team of editors before it goes out", false},
		{"Contributions from readers keep the harbour guide free for everyone who uses it each summer.", false},
		{"Fact checked again", false},
		{"Reviewed by Mira Tolland, who sailed every ferry on the outer islands this summer and wrote down each timetable.", false},
	}, textLeaveOutReviewCredits)
}
