package extract

import (
	"testing"
)

// TestTextReadBlockSentEndMatchesPlain holds the block reader's sentEnd,
// which asks textEndsSentence only when the block's last word does not
// end it, to textEndsSentence itself, on random lines of words (ASCII,
// accented, digits, '_'), stops, closing quotes and brackets, the
// ellipsis and spaces; it fails with the stop after the last word passed
// over (the test of end+1 for end).
func TestTextReadBlockSentEndMatchesPlain(t *testing.T) {
	pieces := []string{"word", "Café", "é", "42", "_", " ", ".", "!", "?", ":", ";", ",", "\"", "'", ")", "]", "”", "’",
		"»", "…", "-", "\u00a0", "\u200b"}
	rng := fastRand(48, 56)
	lines := fastPieceLines([]string{"", ".", "word", "word.", "word.)", "Café…"}, rng, pieces, 100_000, 0, 8)
	checkSameAnswer(t, lines, "textNewBlock(…).sentEnd", func(s string) bool {
		return textNewBlock(s).sentEnd
	}, textEndsSentence, 10_000)
}
