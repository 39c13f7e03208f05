package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextTrimPullEndMatchesTrimRight holds the pull quote's byte by byte
// trim to strings.TrimRight over the test pages' lines and 200,000 lines
// built of words, the cut marks, their runes' bytes alone and in part,
// other runes that share their leading bytes ("–", "€") and invalid bytes.
func TestTextTrimPullEndMatchesTrimRight(t *testing.T) {
	rng := fastRand(88, 1)
	pieces := []string{"a", "Word", " ", "”", "’", "…", "\"", "'", ".", "!", "?", ",", ";", "–", "€", "“",
		"\xe2", "\x80", "\x9d", "\x99", "\xa6", "\xe2\x80", "\x80\x9d", "\xff", "é"}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), rng, pieces, 200000, 1, 8)
	checkSameAnswer(t, lines, "textTrimPullEnd", fastChanges(textTrimPullEnd), fastChanges(func(s string) string {
		return strings.TrimRight(s, textPullEndMarks)
	}), 1000)
}
