package extract

import (
	"strings"
	"testing"
)

// TestTextHoldsCreditWordMatchesContains holds textHoldsCreditWord, which
// seeks "redit", "mage", "hoto" and "icture" by their rarest bytes, to
// the four strings.Contains it stands for: invented lines of the words' pieces
// (their rare bytes near a line's ends, after false starts, in runs) and
// the last textCaptionReach bytes of the test pages' lines.
func TestTextHoldsCreditWordMatchesContains(t *testing.T) {
	plain := func(s string) bool {
		return strings.Contains(s, "redit") || strings.Contains(s, "mage") || strings.Contains(s, "hoto") || strings.Contains(s, "icture")
	}
	rng := fastRand(59, 3)
	pieces := []string{"r", "e", "d", "i", "t", "re", "red", "edit", "dit", "m", "ma", "mag", "age", "ge", "g",
		"h", "ho", "hot", "oto", "to", "o", " ", "C", "P", "I", "Credit", "Photo", "Image", "é",
		"ic", "ict", "ctu", "ture", "ure", "Picture", "icture"}
	lines := fastPieceLines(nil, rng, pieces, 40000, 1, 12)
	for _, s := range textSpeedLines(t) {
		lines = append(lines, s[max(len(s)-textCaptionReach, 0):])
	}
	found := 0
	for _, s := range lines {
		want := plain(s)
		if got := textHoldsCreditWord(s); got != want {
			t.Fatalf("textHoldsCreditWord(%q) = %v, the four Contains %v", s, got, want)
		}
		found += textBool(want)
	}
	if found < 5000 || found > len(lines)-5000 {
		t.Errorf("%d of %d lines hold a credit word: the lines test too little", found, len(lines))
	}
}
