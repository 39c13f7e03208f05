package extract

import "testing"

// TestTextNameTwice checks the byline read as a bare name set twice
// under the headline, with no date beside it: over the article's first
// paragraph or over a reviewer's line and a date, not a facet's or a
// sort box's label over a menu, nor the first of several co-writers.
func TestTextNameTwice(t *testing.T) {
	const head = "Home\nNews\nHarbour Ferries Return for Winter\n"
	const body = textFerriesParas +
		"Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ byline, want string }{
		{"Maren Solberg\nMaren Solberg\n", "Maren Solberg"},
		{"Share this\nMaren Solberg\nMaren Solberg\nReviewed by: Tor Lund, Harbour Pilot\nLast updated: March 4, 2025\n", "Maren Solberg"},
		// A facet's label set twice over a menu's entries.
		{"Ferry Routes\nFerry Routes\nNorth Quay\nSouth Quay\nIsland Pier\n", ""},
		{"Sort By:\nSort By:\nNewest\nOldest\n", ""},
		{"Sort By:\nSort By:\nShowing all twelve of the ferry routes we run from the quay this winter\n", ""},
		// Co-writers' cards: the first alone is no byline.
		{"Maren Solberg\nMaren Solberg\nHarbour Institute, Quay City, where she has studied the ferries for ten years\nMore by Maren Solberg\n1, Tor Lund\nTor Lund\n" +
			"Harbour Institute, Quay City\nMore by Tor Lund\n", ""},
		// One bare line over a paragraph may be a heading: not read.
		{"Maren Solberg\n", ""},
	} {
		if got := textFerriesAuthor(t, head+tt.byline+body); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.byline, got, tt.want)
		}
	}
}
