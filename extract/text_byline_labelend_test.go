package extract

import "testing"

// TestTextLabelEndsBlock checks a byline label in lower case under a
// share bar far under the body, which the reader joins to the line over
// it, with the name in the block under it; none for a list of names,
// words in lower case, a job or one word (nameLike).
func TestTextLabelEndsBlock(t *testing.T) {
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"Copy link\nwritten by\nMaren Solberg\nChief Editor\n", "Maren Solberg"},
		{"5 min read\nupdated 12 Jul 2024\nwritten by\nMaren Solberg\n", "Maren Solberg"},
		{"Copy link\nby\nMaren Solberg, Tor Lund and Ann Dahl\n", ""},
		{"Copy link\nwritten by\nthe harbour desk\n", ""},
		{"Copy link\nwritten by\nStaff Writer\n", ""},
		{"Copy link\nwritten by\nMaren\n", ""},
	})
}

// textCheckAuthorsFarBelow checks the author read from each case's lines
// set at the ferries report's end, past its related posts: out of the
// byline's reach from the headline.
func textCheckAuthorsFarBelow(t *testing.T, cases []textAuthorAround) {
	t.Helper()
	const related = "Share\nRelated posts\nNew Pier Opens\nTide Tables for March\nKeel Street Market\nMill Lane Works\nQuay Festival\nBoat Show Guide\n"
	for _, tt := range cases {
		if got := textFerriesAuthor(t, textFerriesBoxTop+related+tt.around); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.around, got, tt.want)
		}
	}
}
