package textnorm

import (
	"slices"
	"testing"
)

// The claims' TestUnglueMatchesPattern holds Unglue to the regular
// expression it replaced on the texts the claims read and on random
// strings; these are the cases a reader checks by eye.
func TestUnglue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"the Kursk region.More than half", []string{"the Kursk region.", "More than half"}},
		{"the platform.“Significant losses", []string{"the platform.", "“Significant losses"}},
		{"she said.”The next", []string{"she said.”", "The next"}},
		{"according to the UK.North Korea", []string{"according to the UK.", "North Korea"}},
		{"done!Then?What.Now", []string{"done!", "Then?", "What.", "Now"}},
		{"the U.S.Army said", []string{"the U.S.Army said"}},
		{"see www.Harbourton.Gov or mail.Me@keel.Street now.Yes", []string{"see www.Harbourton.Gov or mail.Me@keel.Street now.", "Yes"}},
		{"no boundary. Here", []string{"no boundary. Here"}},
		{"", []string{""}},
	} {
		if got := Unglue(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Unglue(%q) = %q, want %q", c.in, got, c.want)
		}
		// appended after what a slice held, the pieces follow it
		before := []string{"held"}
		if got := AppendUnglued(before, c.in); !slices.Equal(got, append([]string{"held"}, c.want...)) {
			t.Errorf("AppendUnglued(%q, %q) = %q, want %q", before, c.in, got, c.want)
		}
	}
}
