package extract

import "testing"

// TestTextTrimBylineName checks a headline byline's name cut to the
// words the page sets alone under the body, and a name set twice in a
// row read once; a name the page never sets alone, or with credentials,
// is left whole.
func TestTextTrimBylineName(t *testing.T) {
	const box = "About the writer\nMaren Lund\nShare\n"
	for _, tt := range []struct{ byline, foot, want string }{
		{"By Maren Lund Quay Desk\n", box, "Maren Lund"},
		{"Written by: Maren Lund Maren Lund\n", "", "Maren Lund"},
		{"By Maren Lund Quay Desk\n", "", "Maren Lund Quay Desk"},
		{"By Maren Lund Holm, MD\n", box, "Maren Lund Holm, MD"},
	} {
		page := "Home\nNews\nHarbour Ferries Return for Winter\n" + tt.byline + textFerriesParas + tt.foot
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.byline+tt.foot, got, tt.want)
		}
	}
}
