package extract

import (
	"strings"
	"testing"
)

// The title candidates' tests made cheaper, each held to its plain form
// (docs/quality/text-extraction-2.md, "Text speed, the title
// candidates' tests", forty-third session).

// TestTextEndsWithDashMatchesPlain holds textEndsWithDash, its dash
// picked by the line's last byte, to the three suffixes compared in
// turn, on the test pages' lines and lines built of the dashes, their
// bytes alone (the last bytes of other runes: "“" ends in 0x9c, "”" in
// 0x9d, "―" in 0x95) and spaces.
func TestTextEndsWithDashMatchesPlain(t *testing.T) {
	pieces := []string{" ", "-", "–", "—", "―", "\xe2\x80", "\x93", "\x94", "“", "”", "BEDFORD, N.H.", "a", "\n", "é"}
	lines := fastPieceLines(textSpeedLines(t), fastRand(85, 1), pieces, 200000, 1, 6)
	lines = append(lines, "", "-", " -", "–", " –", " —", "x —", "x ―")
	bad := 0
	for _, s := range lines {
		want := strings.HasSuffix(s, " -") || strings.HasSuffix(s, " –") || strings.HasSuffix(s, " —")
		if got := textEndsWithDash(s); got != want {
			t.Errorf("textEndsWithDash(%q) = %v, the suffixes give %v", s, got, want)
			if bad++; bad > 10 {
				return
			}
		}
	}
}
