package extract

import "testing"

// TestTextCredNameTwice checks the byline read as a name with its
// credentials set twice under the headline: over a date or the first
// paragraph, not when set once, not with a word the page writes in lower
// case, not with a mixed-case or long word after the comma.
func TestTextCredNameTwice(t *testing.T) {
	const head = "Home\nNews\nHarbour Ferries Return for Winter\nReport this article\n"
	const body = textFerriesParas +
		"Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ byline, want string }{
		{"Maren Solberg, MS, RD, FAND\nMaren Solberg, MS, RD, FAND\nPublished Jun 4, 2025\n+ Follow\n", "Maren Solberg, MS, RD, FAND"},
		{"Maren Solberg, M.S., RD\nMaren Solberg, M.S., RD\n", "Maren Solberg, M.S., RD"},
		// Set once: a caption or a heading as likely.
		{"Maren Solberg, MS, RD, FAND\nPublished Jun 4, 2025\n", ""},
		// The page writes "harbour" in lower case: a heading's word.
		{"Harbour Board, MS\nHarbour Board, MS\nPublished Jun 4, 2025\n", ""},
		// Words after the comma, not credentials.
		{"Maren Solberg, Quay City\nMaren Solberg, Quay City\nPublished Jun 4, 2025\n", ""},
		{"North Quay, South Quay, Island Pier\nNorth Quay, South Quay, Island Pier\nPublished Jun 4, 2025\n", ""},
		// Over a menu's short entries, not a byline's date or a paragraph.
		{"Maren Solberg, MS, RD\nMaren Solberg, MS, RD\nNorth Quay\nSouth Quay\nIsland Pier\n", ""},
	} {
		if got := textFerriesAuthor(t, head+tt.byline+body); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.byline, got, tt.want)
		}
	}
}
