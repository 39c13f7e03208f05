package extract

import "testing"

// TestTextNameOverReviewer checks the writer's name over a reviewer's
// credit under the headline, in the credit's block or the block before,
// with a job run on; not a name in the page's common words, nor the
// headline over a credit right under it (there the reviewer, the only
// name, is read: textReviewerOnlyCredit), nor a name over a credit past
// textReviewerReach blocks.
func TestTextNameOverReviewer(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Jane Roe\nreviewed by Ed Poe\n", "Jane Roe"},
		{head + "March 4, 2025\nThis page links to the ferry company, which may pay us when you book a trip with it.\nJane Roe Contributing Writer | Ferry routes\nFact checked by: Ed Poe\n", "Jane Roe"},
		{head + "Harbour Board\nReviewed by Ed Poe\n", "Ed Poe"},
		{head + "Reviewed by Ed Poe\n", "Ed Poe"},
		{head + "Ferries\nWinter\nRoutes\nTimes\nJane Roe\nReviewed by Ed Poe\n", ""},
	})
}
