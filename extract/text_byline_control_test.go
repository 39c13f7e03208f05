package extract

import "testing"

// TestTextNoControlName checks that a forum's control read as a byline
// (wcxb-dev 0538's "Quote", 0546's "Featured Replies", 0562's
// "username", 4312's "Search") names nobody, and that a name holding such
// a word stays.
func TestTextNoControlName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Quote", ""},
		{"Featured Replies", ""},
		{"featured replies", ""},
		{"username", ""},
		{"Search", ""},
		{"changingtimes", "changingtimes"},
		{"Quote Investigator", "Quote Investigator"},
		{"Search Engine Land", "Search Engine Land"},
		{"Featured Replies Team", "Featured Replies Team"},
		{"", ""},
	} {
		if got := textNoControlName(tt.name); got != tt.want {
			t.Errorf("textNoControlName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
