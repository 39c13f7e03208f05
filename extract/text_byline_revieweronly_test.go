package extract

import "testing"

// TestTextReviewerOnlyCredit checks a reviewer's credit as the only name
// under the headline: read alone over its date and with a job and date
// run on; none beside a "Written by" credit, for a name run on into
// words with no date, for a name the page writes in lower case, and for
// the label with a colon.
func TestTextReviewerOnlyCredit(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Harbour Board\nReviewed by Ed Poe\nOctober 16, 2020 · 8 min read\n", "Ed Poe"},
		{head + "4 min read time\nReviewed by Ed C. Poe, Trial Attorney at Poe & Roe, on December 9, 2024.\n", "Ed C. Poe"},
		{head + "Written by Dr Jane Roe, Dr Al Moe, Eli Doe\nReviewed by Ed Poe\n17 minutes read\n", "Dr Jane Roe, Dr Al Moe, Eli Doe"},
		{head + "Written by our harbour team\nReviewed by Ed Poe\n17 minutes read\n", ""},
		{head + "Harbour Board\nReviewed by Ed Poe and checked twice\n", ""},
		{head + "Harbour Board\nReviewed by Quay Crews\n", ""}, // the body writes "quay" and "crews"
		{head + "Harbour Board\nReviewed by: Ed Poe, CFP\nOctober 16, 2020\n", ""},
	})
}
