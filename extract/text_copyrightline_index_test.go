package extract

import (
	"strings"
	"testing"
)

// TestTextIndexCopyrightMatchesIndex holds textIndexCopyright to
// strings.Index over the test pages' lines and 60,000 lines built of
// the mark, the other Latin-1 marks that share its first byte (a no-break
// space, "«", "£"), letters whose second byte is the mark's ("é", "©"
// and "é" are C2 A9 and C3 A9), a lone lead byte and prose. It fails with
// the second byte left unread and with the search going on two bytes past
// a lead byte (each tried; the second slices past a lone lead byte at a
// line's end).
func TestTextIndexCopyrightMatchesIndex(t *testing.T) {
	lines := append([]string{"", "©", "\xc2", "a\xc2", "\xc2\xc2\xa9", "é©"}, textSpeedLines(t)...)
	rng := fastRand(103, 46)
	pieces := []string{"©", "\u00a0", "«", "£", "é", "\xc2", "\xa9", "Copyright", "(c)", " ", "2026", "Harbour Times", "the quay", "."}
	lines = fastPieceLines(lines, rng, pieces, 60000, 1, 8)
	// One past the index, so that a line without the mark answers 0 and
	// the lines taken are those that hold it.
	checkSameAnswer(t, lines, "textIndexCopyright", func(s string) int {
		return textIndexCopyright(s) + 1
	}, func(s string) int {
		return strings.Index(s, "©") + 1
	}, 1000)
}
