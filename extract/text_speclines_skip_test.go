package extract

import (
	"slices"
	"strings"
	"testing"
)

// textKeepSpecLinesPlain is textKeepSpecLines starting a run at every
// block of the span, with or without ": ".
func textKeepSpecLinesPlain(blocks []textBlock, keep []bool) {
	firstKept, lastKept := textKeptBounds(keep)
	labels := make([]string, 0, 8)
	var low []byte
	for i := firstKept + 1; i < lastKept; {
		j := i
		labels, low = labels[:0], low[:0]
		for ; j < lastKept; j++ {
			raw := textSpecLabel(&blocks[j])
			if raw == "" {
				break
			}
			var l string
			if l, low = textSpecLowLabel(low, raw); l == "" {
				break
			}
			labels = append(labels, l)
		}
		if len(labels) >= 2 && textSpecTouches(keep, i, j) && !textSpecProfile(labels) && !textSpecContents(blocks, keep, i, j) {
			for k := i; k < j; k++ {
				if !keep[k] && blocks[k].dup <= textSpecCopies && textSpecOnce(labels, labels[k-i]) {
					keep[k] = true
				}
			}
		}
		i = j + 1
	}
}

// TestTextKeepSpecLinesMatchesPlain holds textKeepSpecLines, which skips
// the blocks without ": " before it opens a run, to its plain form over
// random pages of fact lines (a poster's card, a pointer, a label stated
// twice, a clause in lower case), prose and lines that hold a colon and
// are no fact, each kept or dropped at random.
func TestTextKeepSpecLinesMatchesPlain(t *testing.T) {
	lines := []string{
		"Capacity: 1 litre", "Material: Stainless steel", "Warranty: 2 years", "Capacity: 2 litres", "Join Date: Aug 2008",
		"Learn More: Kettle Specs", "Late notice: the ticket is forfeited", "Note: see the harbour office.",
		"The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove.",
		"We took it out on the morning crossing twice and it kept the tea hot.", "Keel Street Mug", "Home / Kettles",
	}
	rng := fastRand(57, 226)
	changed := 0
	for range 20000 {
		var text strings.Builder
		for range 2 + rng.IntN(14) {
			text.WriteString(lines[rng.IntN(len(lines))] + "\n\n")
		}
		blocks := textSplitBlocks(text.String())
		keep := make([]bool, len(blocks))
		for i := range keep {
			keep[i] = rng.IntN(3) == 0
		}
		got, want := slices.Clone(keep), slices.Clone(keep)
		textKeepSpecLines(blocks, got)
		textKeepSpecLinesPlain(blocks, want)
		if !slices.Equal(got, want) {
			t.Fatalf("textKeepSpecLines over %q (keep %v) = %v, the plain form %v", text.String(), keep, got, want)
		}
		changed += textBool(!slices.Equal(got, keep))
	}
	if changed < 1000 {
		t.Fatalf("%d pages had fact lines kept: the pages miss the runs", changed)
	}
}
