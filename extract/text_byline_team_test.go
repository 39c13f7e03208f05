package extract

import "testing"

// TestTextTeamCredit checks "By the … Team" read under the body, the
// reading time after it left; not a sentence opening "By the", not a
// bare "By the Team".
func TestTextTeamCredit(t *testing.T) {
	for _, tt := range []struct{ credit, want string }{
		{"By the Harbour Ferries Team 2–3 minutes\n", "the Harbour Ferries Team"},
		{"By the Team\n", ""},
		{"By the end of the winter the Team was tired\n", ""},
	} {
		if got := textFerriesFootAuthor(t, tt.credit); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.credit, got, tt.want)
		}
	}
}
