package extract

import (
	"strings"
	"testing"
)

// textIsReadingTimePlain is textIsReadingTime without its gate on the
// block reader's count of digits.
func textIsReadingTimePlain(b *textBlock) bool {
	return b.words <= textReadingTimeBareMaxWords && strings.HasSuffix(b.low, " read") && textReadingTimeRE.MatchString(b.low) ||
		textIsWholeShortLine(b, 1, textReadingTimeLabelMaxWords) && strings.Contains(b.low, "read") && strings.Contains(b.low, "min") &&
			textLabelledReadingTimeRE.MatchString(b.low)
}

// TestTextReadingTimeDigitGate holds textIsReadingTime to the plain form
// over the test pages' lines and 100,000 short lines built of the reading
// times' labels, units and numbers (ASCII digits, digits beyond ASCII,
// which \d does not take, and figures glued to words and marks). It fails
// with the gate asking for two digits (tried).
func TestTextReadingTimeDigitGate(t *testing.T) {
	textNeedsData(t)
	lines := append([]string(nil), textSpeedLines(t)...)
	rng := fastRand(95, 47)
	pieces := []string{"Reading time", "reading time", "Read time", "read", " read", "Estimated", "Time to read", ":", " ",
		"5", "11", "~3", "2–4", " to ", "min", " min", "mins", " minutes", ".", "٥", "５", "a", "x7", "(", ")"}
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 6)
	checkBlockMatchesPlain(t, lines, "textIsReadingTime", textIsReadingTime, textIsReadingTimePlain, 200)
}
