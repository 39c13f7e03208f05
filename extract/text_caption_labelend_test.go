package extract

import (
	"strings"
	"testing"
)

// textMayEndCaptionLabelPlain is textMayEndCaptionLabel without its
// last-byte test: each ending compared in turn.
func textMayEndCaptionLabelPlain(s string) bool {
	s, ok := strings.CutSuffix(s, ":")
	if !ok {
		return false
	}
	s = strings.TrimSuffix(s, "s")
	for _, w := range textCaptionLabelEndings {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// TestTextMayEndCaptionLabelMatchesSuffixes holds textMayEndCaptionLabel's
// endings read by their last byte (textCaptionLabelByLast) to the
// endings compared in turn,
// on the test pages' lines and on lines built of every ending, cut by a
// byte or not, in other cases, a plural's s, colons and words that end
// no label; the lines whose colon a label ends must be many. It fails
// with an ending left out of the table.
func TestTextMayEndCaptionLabelMatchesSuffixes(t *testing.T) {
	lines := textSpeedLines(t)
	pieces := []string{"s", ":", ":", " ", "said", "Read more", "x", "é", "\xe2\x80", "S", "y", "Y", "f"}
	for _, w := range textCaptionLabelEndings {
		pieces = append(pieces, w, w[1:], w[:len(w)-1], strings.ToUpper(w), strings.ToLower(w))
	}
	lines = fastPieceLines(lines, fastRand(75, 13), pieces, 300000, 1, 5)
	checkSameAnswer(t, lines, "textMayEndCaptionLabel", textMayEndCaptionLabel, textMayEndCaptionLabelPlain, 2000)
}
