package extract

import (
	"strings"
	"testing"
)

// textHasAnyPrefixPlain is textHasAnyPrefix without its first byte's
// gate.
func textHasAnyPrefixPlain(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestTextHasAnyPrefixMatchesPlain holds textHasAnyPrefix to the plain
// form over the test pages' lowered lines and 100,000 lines built of the
// callers' prefixes, their first letters and prose, with the callers'
// prefix lists, an empty prefix and an empty line. It fails with the
// first byte compared wrong and with the empty prefix dropped (each
// tried).
func TestTextHasAnyPrefixMatchesPlain(t *testing.T) {
	lists := [][]string{
		{"click", "tap", "add", "set", "make"},
		{"see ", "check ", "view ", "compare ", "price comparison ", "read on "},
		{"no ", "nothing ", "there are no "},
		{"", "zz"},
		{"s", "se", "see"},
		nil,
	}
	lines := []string{"", "s", "n", "no", "see"}
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	rng := fastRand(95, 46)
	pieces := []string{"click", "tap", "add", "set", "make", "see ", "check ", "view", "compare ", "price ", "comparison ",
		"read on ", "no ", "nothing ", "there are no ", "n", "s", "c", " ", "é", "the quay", "harbour"}
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 5)
	yes := 0
	for _, s := range lines {
		for _, ps := range lists {
			want := textHasAnyPrefixPlain(s, ps...)
			if got := textHasAnyPrefix(s, ps...); got != want {
				t.Fatalf("textHasAnyPrefix(%q, %q) = %v, the plain form says %v", s, ps, got, want)
			}
			if want {
				yes++
			}
		}
	}
	if yes < 1000 {
		t.Errorf("only %d lines open with a prefix to the plain form, want 1000 or more", yes)
	}
}
