package extract

import (
	"slices"
	"testing"
)

// TestTextCellSidesRepeated checks that textKeepTableCells brings back a
// run of short lines between two kept sides the page states again (a
// round-up's section names, which its contents list states too; figures a
// table repeats by chance) on a page read as an article, and not on
// another page, nor around a run of two lines, a side that is a bare count
// (a post's votes) or a side of marks alone.
func TestTextCellSidesRepeated(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	items := []string{"Runs all year", "Bikes carried free", "Dogs on a lead", "Cafe on board"}
	tests := []struct {
		name       string
		top, under string   // the run's kept sides, each stated in the contents too
		run        []string // the dropped lines between them
		article    bool
		back       bool // the run comes back
	}{
		{"a round-up's sections", "Keel Ferry", "Mill Boat", items, true, true},
		{"not an article", "Keel Ferry", "Mill Boat", items, false, false},
		{"a run of two", "Keel Ferry", "Mill Boat", items[:2], true, false},
		{"a run of three", "Keel Ferry", "Mill Boat", items[:3], true, true},
		{"a table's figures", "4.7", "12.5", []string{"Keel Ferry Co", "Harbour Row", "6,081,856"}, true, true},
		{"a vote count", "Keel Ferry", "34", items, true, false},
		{"a count with commas", "10,450", "Mill Boat", items, true, false},
		{"a side of marks", "Keel Ferry", "✅", items, true, false},
		{"a control's glued label", "Keel Ferry", "Mill Boat", []string{"Runs all year", "Sort:Newest", "Cafe on board"}, true, false},
	}
	for _, tt := range tests {
		// prose, the contents (dropped), prose, the run between its
		// sides, prose.
		lines := []string{prose, "In this guide", tt.top, tt.under, prose, tt.top}
		lines = append(append(lines, tt.run...), tt.under, prose)
		keep := make([]bool, len(lines))
		for i := range keep {
			keep[i] = i == 0 || i >= 4 && i <= 5 || i >= len(lines)-2
		}
		want := slices.Clone(keep)
		if tt.back {
			for i := 6; i < len(lines)-2; i++ {
				want[i] = true
			}
		}
		checkKeepRule(t, tt.name, lines, keep, want, func(blocks []textBlock, keep []bool) {
			textKeepTableCells(blocks, 0, len(blocks), keep, tt.article)
		})
	}
}

// TestTextIsBareCount checks the counts a repeated side may not be.
func TestTextIsBareCount(t *testing.T) {
	for s, want := range map[string]bool{
		"34": true, "10,450": true, "0": true,
		"4.7": false, "320g": false, "#5": false, "": false, ",": false, "1,2k": false,
	} {
		if got := textIsBareCount(s); got != want {
			t.Errorf("textIsBareCount(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTextGluedField checks that a control's label glued to its choice
// reads as a field line, and a time or a plain colon after a word does not
// change.
func TestTextGluedField(t *testing.T) {
	for s, want := range map[string]bool{
		"Sort:Newest":                true,
		"Filter:All tides":           true,
		"Keel Ferry":                 false,
		"Departs 10:30":              false,
		"Crossings: twelve":          true,
		"Note:the quay shut":         false,
		"Harbour master's note:Open": false,
	} {
		if got := textIsFieldLine(s); got != want {
			t.Errorf("textIsFieldLine(%q) = %v, want %v", s, got, want)
		}
	}
}
