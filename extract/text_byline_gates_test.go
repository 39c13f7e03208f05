package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextBylineGatesMatchContains holds the hand searches of the
// page-wide byline readings to the searches they replace, over invented
// lines of the labels' pieces, colons, "y"s and spaces at every place:
// textHoldsColonLabel answers as a search for "By: " or "rs: ",
// textHoldsWrittenBy as one for "ritten by ".
func TestTextBylineGatesMatchContains(t *testing.T) {
	parts := []string{"By", "by", "rs", "r", "s", ":", ": ", " ", "y", "y ", "Written", "written", "ritten b", "mitten", "b",
		"Authors", "Contributors", "Jane Roe", "day", "é", "\n"}
	rng := rand.New(rand.NewPCG(43, 51))
	colons, written := 0, 0
	for range 100000 {
		var sb strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		want := strings.Contains(s, "By: ") || strings.Contains(s, "rs: ")
		if got := textHoldsColonLabel(s); got != want {
			t.Fatalf("textHoldsColonLabel(%q) = %v, want %v", s, got, want)
		}
		wantW := strings.Contains(s, "ritten by ")
		if got := textHoldsWrittenBy(s); got != wantW {
			t.Fatalf("textHoldsWrittenBy(%q) = %v, want %v", s, got, wantW)
		}
		if want {
			colons++
		}
		if wantW {
			written++
		}
	}
	if colons < 1000 || written < 1000 {
		t.Fatalf("only %d colon labels and %d written-by lines: the test reads too few", colons, written)
	}
}
