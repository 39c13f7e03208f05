package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNumberRange: a separator between two numbers is part of the
// headline (a season, a pair of years), one before a word still parts
// the headline from its site or section name.
func TestNumberRange(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ferry timetables 2026 / 2027 | Quay Notes", []string{"Ferry timetables 2026 / 2027", "Quay Notes"}},
		{"Harbour league table 2025 - 2026", []string{"Harbour league table 2025 - 2026"}},
		{"Ferry timetables 2026 / Quay Notes", []string{"Ferry timetables 2026", "Quay Notes"}},
		{"Sailing in 2026 - Best Routes | Quay Notes", []string{"Sailing in 2026", "Best Routes", "Quay Notes"}},
	}
	for _, tt := range tests {
		if got := titleParts(tt.in); strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("titleParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Through the title step: the <h1>'s range is not cut as a tagline.
	root, err := html.Parse(strings.NewReader(`<html><head><title>Ferry timetables 2026 / 2027 | Quay Notes</title>` +
		`<meta property="og:site_name" content="Quay Notes"></head><body><h1>Ferry timetables 2026 / 2027</h1></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := readMeta(root).pickTitle("https://quaynotes.example/ferries"), "Ferry timetables 2026 / 2027"; got != want {
		t.Errorf("pickTitle = %q, want %q", got, want)
	}
}
