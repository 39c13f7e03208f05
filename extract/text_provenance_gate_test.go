package extract

import (
	"strings"
	"testing"
)

// TestTextMayOpenProvenanceCoversRE holds the gate to the expression: no
// start the expression matches is refused, over invented starts of the
// expression's pieces, and the note's test answers as the plain form
// (the prefixes, then the expression).
func TestTextMayOpenProvenanceCoversRE(t *testing.T) {
	pieces := []string{"this ", "the ", "article", "story", "post", "piece", "interview", "column",
		"essay", "s", "_", "1", "-", ".", " ", "was ", "were ", "originally ", "first ", "published",
		"posted", "appeared", "ran", "written", "edited", "produced", " by", "é", "on the site "}
	phrases := []string{" was originally published", " first appeared", " were first posted", " was written by", " was edited by", " originally ran"}
	plain := func(low string) bool {
		return (strings.HasPrefix(low, "this ") || strings.HasPrefix(low, "the ")) && textProvenanceRE.MatchString(low)
	}
	rng := fastRand(4, 7)
	matched := 0
	for range 100000 {
		var sb strings.Builder
		sb.WriteString(pieces[rng.IntN(2)])
		if rng.IntN(8) > 0 {
			sb.WriteString(pieces[2+rng.IntN(7)])
		}
		for n := rng.IntN(6); n > 0; n-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if rng.IntN(2) == 0 {
			sb.WriteString(phrases[rng.IntN(len(phrases))])
		}
		low := sb.String()
		if textProvenanceRE.MatchString(low) {
			matched++
			if !textMayOpenProvenance(low) {
				t.Fatalf("%q: the expression matches, the gate refuses", low)
			}
		}
		if got, want := textIsProvenanceNote(&textBlock{low: low}), plain(low); got != want {
			t.Fatalf("%q: %v, plain %v", low, got, want)
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d starts matched: the invented starts miss the expression", matched)
	}
}
