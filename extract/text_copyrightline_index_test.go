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
	yes := 0
	for _, s := range lines {
		want := strings.Index(s, "©")
		if got := textIndexCopyright(s); got != want {
			t.Fatalf("textIndexCopyright(%q) = %d, strings.Index %d", s, got, want)
		}
		yes += textBool(want >= 0)
	}
	if yes < 1000 {
		t.Errorf("only %d lines hold the mark, want 1000 or more", yes)
	}
}
