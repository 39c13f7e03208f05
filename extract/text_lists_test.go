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
			[]string{prose, "Stockists:", "Keel Street Chandlery", "Harbour Supplies", prose},
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
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textKeepLeadInLists(blocks, tt.first, tt.last, keep)
		})
	}
}

// checkKeepRule runs a rule that brings back lines the block model
// dropped over the page's lines, read as blocks, with the model's keep
// flags, and compares the flags after it with want.
func checkKeepRule(t *testing.T, name string, lines []string, keep, want []bool, rule func([]textBlock, []bool)) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		blocks := textSplitBlocks(strings.Join(lines, "\n"))
		if len(blocks) != len(lines) {
			t.Fatalf("%d blocks, want %d", len(blocks), len(lines))
		}
		got := slices.Clone(keep)
		rule(blocks, got)
		if !slices.Equal(got, want) {
			t.Errorf("keep = %v, want %v", got, want)
		}
	})
}

// TestTextKeepTableCells checks which dropped lines between two kept
// cells come back.
func TestTextKeepTableCells(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	tests := []struct {
		name       string
		lines      []string
		keep, want []bool
	}{
		{"a ranking's holes",
			[]string{prose, "Keel Street", "12", "Harbour Row", "9", "Quay Lane", prose},
			[]bool{true, true, false, true, false, true, true}, []bool{true, true, true, true, true, true, true}},
		{"a menu above the article",
			[]string{"Harbour News", "Sport", "Weather Desk", prose, prose},
			[]bool{true, false, true, true, true}, []bool{true, false, true, true, true}},
		{"a price stated down the page",
			[]string{prose, "$16.00", "Harbour Print", "$16.00", prose},
			[]bool{true, true, false, true, true}, []bool{true, true, false, true, true}},
		{"a cell beside a sentence",
			[]string{prose, "Keel Street", "12", "The ferry left at noon."},
			[]bool{true, true, false, true}, []bool{true, true, false, true}},
		{"a poster's field",
			[]string{prose, "Keel Rower", "Posts: 412", "Harbour Row", prose},
			[]bool{true, true, false, true, true}, []bool{true, true, false, true, true}},
		{"a gap too long",
			[]string{prose, "Keel Street", "1", "2", "3", "4", "5", "Harbour Row", prose},
			[]bool{true, true, false, false, false, false, false, true, true}, []bool{true, true, false, false, false, false, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textKeepTableCells(blocks, 0, len(blocks), keep)
		})
	}
}

func TestTextKeepSubheads(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months, and once in winter."
	tests := []struct {
		name       string
		lines      []string
		keep, want []bool
	}{
		{"a subhead between paragraphs",
			[]string{prose, "How the Ferry Was Saved", prose},
			[]bool{true, false, true}, []bool{true, true, true}},
		{"a question over its answer",
			[]string{prose, "Does the Ferry Run in Winter?", prose},
			[]bool{true, false, true}, []bool{true, true, true}},
		{"a short sentence above",
			[]string{"The quay reopened in May after repairs.", "How the Ferry Was Saved", prose},
			[]bool{true, false, true}, []bool{true, true, true}},
		{"a line too short above",
			[]string{"See the times.", "How the Ferry Was Saved", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"a short side",
			[]string{prose, "How the Ferry Was Saved", "The ferry left at noon."},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"a side dropped",
			[]string{prose, "How the Ferry Was Saved", prose},
			[]bool{true, false, false}, []bool{true, false, false}},
		{"a label",
			[]string{prose, "Departures: Keel Street", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"a teaser's button",
			[]string{prose, "Harbour Walks Guide >", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"a line in lower case",
			[]string{prose, "harbour walks, keel street", prose},
			[]bool{true, false, true}, []bool{true, false, true}},
		{"a line stated twice",
			[]string{prose, "Harbour Walks Guide", prose, "Harbour Walks Guide"},
			[]bool{true, false, true, false}, []bool{true, false, true, false}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textKeepSubheads(blocks, 0, len(blocks), keep)
		})
	}
}
