package extract

import "testing"

// TestFoldSkipLaidOut checks which lists hasFoldPiece reads by windows
// (TestHasFoldPieceMatchesContains holds both readings to a search of
// each piece): the long lists, so that the windows are the reading
// measured, and none with a piece under foldSkipFrom bytes or in upper
// case.
func TestFoldSkipLaidOut(t *testing.T) {
	for name, p := range map[string]*foldPieces{"textDisclosurePayPieces": textDisclosurePayPieces,
		"textSiteNotePieces": textSiteNotePieces, "disclaimerPieces": disclaimerPieces, "commentPieces": commentPieces} {
		if p.skip == nil {
			t.Errorf("%s is not read by windows", name)
		}
	}
	for name, p := range map[string]*foldPieces{"photoCreditPieces": photoCreditPieces, "textDisclosureActPieces": textDisclosureActPieces,
		"textCardMonthPieces": textCardMonthPieces} {
		if p.skip != nil {
			t.Errorf("%s, with a piece under %d bytes, is read by windows", name, foldSkipFrom)
		}
	}
	if newFoldSkip([]string{"commission", "Paid "}) != nil {
		t.Error("a list with an upper-case piece is read by windows")
	}
	cases := []struct {
		s    string
		want bool
	}{
		{"We may earn a COMMISSION if you buy", true},
		{"We may earn a Commi", true},
		{"We may earn a comm", false},
		{"comMissioN", true},
		{"Paid", false},
		{"PAID ", true},
		{"the upport", true},
		{"", false},
		{"to yo", false},
		{"TO YOU", true},
	}
	for _, c := range cases {
		if got := hasFoldPiece(c.s, textDisclosurePayPieces); got != c.want {
			t.Errorf("hasFoldPiece(%q, textDisclosurePayPieces) = %v, want %v", c.s, got, c.want)
		}
	}
}
