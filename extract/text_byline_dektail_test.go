package extract

import "testing"

// textFerriesHeadline and textFerriesShortBody frame the lines the later
// bylines' tests put under or over a headline.
const (
	textFerriesHeadline  = "Harbour Ferries Return for Winter\n"
	textFerriesShortBody = "The boats will run twice a day from the quay until the spring, the board said.\n" +
		"Read the news about the harbour and the boats here.\n"
)

// TestTextBylineEndsDek checks a dated byline run on at the end of the
// standfirst under the headline; none for a sentence that opens with
// "By", for a name with no date after it, nor for a name of words the
// page writes in lower case.
func TestTextBylineEndsDek(t *testing.T) {
	const head, body = textFerriesHeadline, textFerriesShortBody
	const dek = "The board plans to run the boats twice a day from the quay until the spring comes."
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + dek + " By Yara Lund on Dec. 19, 2025\n" + body, "Yara Lund"},
		{head + dek + " By Yara Lund, March 3, 2025\n" + body, "Yara Lund"},
		{head + dek + " By March The Boats Will Run on time.\n" + body, ""},
		{head + dek + " By Yara Lund and the crew on the quay.\n" + body, ""},
		{head + dek + " By Harbour News on Dec. 19, 2025\nThe harbour news is here.\n" + body, ""},
	})
}
