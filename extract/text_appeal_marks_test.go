package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextBlockMarkKindsMatchContains holds the block reader's kinds
// (textBlock.kinds), which textIsReaderAppeal asks before it seeks a
// mark in a paragraph's head, to strings.Contains of ". ", "! " and "? "
// over the test pages' lines and random strings of marks, spaces, words
// and runes beyond ASCII.
func TestTextBlockMarkKindsMatchContains(t *testing.T) {
	pieces := []string{".", "?", "!", ":", " ", ". ", "? ", "! ", ": ", "x", "é", "…", "  ", "..", "Ab", "1_", "ß", "“", "U.S. "}
	lines := fastPieceLines(slices.Clip(textSpeedLines(t)), fastRand(169, 170), pieces, 200000, 1, 20)
	kinds := func(s string) string {
		var k []byte
		b := textNewBlock(s)
		for _, mark := range []byte(".!?") {
			if b.kinds&textMarkBit(mark) != 0 {
				k = append(k, mark)
			}
		}
		return string(k)
	}
	checkSameAnswer(t, lines, "textNewBlock(…).kinds", kinds, func(s string) string {
		var k []byte
		for _, mark := range []byte(".!?") {
			if strings.Contains(s, string(mark)+" ") {
				k = append(k, mark)
			}
		}
		return string(k)
	}, 50000)
}
