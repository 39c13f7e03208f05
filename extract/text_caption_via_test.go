package extract

import (
	"strings"
	"testing"
)

// TestTextHoldsViaMatchesContains holds textHoldsVia to strings.Contains
// over the test pages' lines' tails and 60,000 short lines of "via" and
// its pieces ("Bolivia ", "vvia ", "vi", "ia ", a "via" at the end, "VIA "),
// each also cut at every one of its last eight bytes.
func TestTextHoldsViaMatchesContains(t *testing.T) {
	lines := append([]string(nil), textSpeedLines(t)...)
	for i, s := range lines {
		lines[i] = s[max(len(s)-textCaptionReach, 0):]
	}
	rng := fastRand(134, 11)
	pieces := []string{"via ", "via", "Via ", "VIA ", "v", "vi", "ia ", "ia", " ", "Bolivia ", "vvia ", "vivia ",
		"Getty Images", "/", "Photo", "the", "harbour", "é", "v\n", "via\t"}
	for range 60000 {
		s := fastPieces(rng, pieces, 1, 8)
		for k := max(len(s)-8, 0); k <= len(s); k++ {
			lines = append(lines, s[:k])
		}
	}
	with := 0
	for _, s := range lines {
		want := strings.Contains(s, "via ")
		if got := textHoldsVia(s); got != want {
			t.Fatalf("textHoldsVia(%q) = %v, strings.Contains %v", s, got, want)
		}
		if want {
			with++
		}
	}
	if with < 1000 || len(lines)-with < 1000 {
		t.Errorf("%d of %d lines hold \"via \": too few either way to hold the two together", with, len(lines))
	}
}
