package extract

import (
	"strings"
	"testing"
)

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

// TestTextDekTailByAtMatchesLastIndex holds textDekTailByAt's forward
// search to the three backward searches it replaced, on lines built of
// the sentence ends, " By " and its look-alikes, overlapping runs ("? By
// By ", ". By . By "), and a byline's words.
func TestTextDekTailByAtMatchesLastIndex(t *testing.T) {
	plain := func(line string) int {
		return max(strings.LastIndex(line, ". By "), strings.LastIndex(line, "! By "), strings.LastIndex(line, "? By "))
	}
	pieces := []string{".", "!", "?", " ", "By", " By ", "By ", " by ", "B", "y", ",", "Jane", "Roe", "on", "Dec. 19, 2025", "’", "\xff"}
	lines := []string{"", ". By ", "? By By ", ". By . By ", "x. By Jane. By Ed", " By ", "By Jane", ". By", "!. By x"}
	rng := fastRand(50, 129)
	for range 100000 {
		lines = append(lines, fastPieces(rng, pieces, 0, 14))
	}
	for _, line := range lines {
		if got, want := textDekTailByAt(line), plain(line); got != want {
			t.Fatalf("textDekTailByAt(%q) = %d, want %d", line, got, want)
		}
	}
}
