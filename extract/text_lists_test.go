package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextKeepLeadInLists checks which short lines the block model
// dropped come back under a lead-in.
func TestTextKeepLeadInLists(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	leadIn := "The crew's plan for the week runs as follows:"
	tests := []struct {
		name        string
		lines       []string
		keep, want  []bool
		first, last int
	}{
		{"a weekly plan under its lead-in",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine", "Wednesday: rest", prose},
			[]bool{true, true, false, false, false, true}, []bool{true, true, true, true, true, true}, 0, 6},
		{"a label over a shop's buttons",
			[]string{prose, "Buying options:", "Keel Street Chandlery", "Harbour Supplies", prose},
			[]bool{true, true, false, false, true}, []bool{true, true, false, false, true}, 0, 5},
		{"one line under a lead-in",
			[]string{prose, "Share this story with the crew:", "Harbourton Post", prose},
			[]bool{true, true, false, true}, []bool{true, true, false, true}, 0, 4},
		{"no kept block after the run",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine"},
			[]bool{true, true, false, false}, []bool{true, true, false, false}, 0, 4},
		{"the run ends at the span's end",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine", prose},
			[]bool{true, true, false, false, true}, []bool{true, true, false, false, true}, 0, 4},
		{"a list the model kept in part",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine", "Wednesday: rest", "Thursday: the hull", prose},
			[]bool{true, true, false, true, false, false, true}, []bool{true, true, true, true, true, true, true}, 0, 7},
		{"a forum post's quote head",
			[]string{prose, "Replies to the thread 1,204\nkeelrower said:", "Mended twice already", "Reply", prose},
			[]bool{true, true, false, false, true}, []bool{true, true, false, false, true}, 0, 5},
		{"a sentence in the run",
			[]string{prose, leadIn, "Monday: nets and ropes", prose + " " + prose, prose},
			[]bool{true, true, false, false, true}, []bool{true, true, false, false, true}, 0, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := textSplitBlocks(strings.Join(tt.lines, "\n"))
			if len(blocks) != len(tt.lines) {
				t.Fatalf("%d blocks, want %d", len(blocks), len(tt.lines))
			}
			keep := slices.Clone(tt.keep)
			textKeepLeadInLists(blocks, tt.first, tt.last, keep)
			if !slices.Equal(keep, tt.want) {
				t.Errorf("keep = %v, want %v", keep, tt.want)
			}
		})
	}
}
