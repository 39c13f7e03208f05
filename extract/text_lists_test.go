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
		{"a list under the body's last lead-in",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine"},
			[]bool{true, true, false, false}, []bool{true, true, true, true}, 0, 4},
		{"the list ends at the span's end",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine", prose},
			[]bool{true, true, false, false, true}, []bool{true, true, true, true, true}, 0, 4},
		{"a list closed by a sentence",
			[]string{prose, leadIn, "Monday: nets and ropes", "Tuesday: the engine", "Fill in the form to get the ferry timetable.", "Keel Street Chandlery"},
			[]bool{true, true, false, false, false, false}, []bool{true, true, true, true, false, false}, 0, 6},
		{"a run as long as a menu",
			[]string{prose, leadIn, "News", "Sport", "Weather", "Tides", "Ferries", "Events", "Jobs", "Homes", "Cars", "Contact Us"},
			[]bool{true, true, false, false, false, false, false, false, false, false, false, false},
			[]bool{true, true, false, false, false, false, false, false, false, false, false, false}, 0, 12},
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

// keepRuleCase is a page's lines, the block model's keep flags over
// them and the flags a rule that brings lines back should leave.
type keepRuleCase struct {
	name       string
	lines      []string
	keep, want []bool
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
	tests := []keepRuleCase{
		{"a ranking's holes",
			[]string{prose, "Keel Street", "12", "Harbour Row", "9", "Quay Lane", prose},
			[]bool{true, true, false, true, false, true, true}, []bool{true, true, true, true, true, true, true}},
		{"a menu above the article",
			[]string{"Harbour News", "Sport", "Weather Desk", prose, prose},
			[]bool{true, false, true, true, true}, []bool{true, false, true, true, true}},
		{"a column's cell stated down the rows",
			[]string{prose, "Keel Street", "Yes", "Harbour Row", "Yes", "Quay Lane", prose},
			[]bool{true, true, false, true, false, true, true}, []bool{true, true, true, true, true, true, true}},
		{"a card's label stated down the rows",
			[]string{prose, "Keel Street", "Harbour Ferry Company Ticket Office", "Harbour Row", "Harbour Ferry Company Ticket Office", "Quay Lane", prose},
			[]bool{true, true, false, true, false, true, true}, []bool{true, true, false, true, false, true, true}},
		{"a price stated down the page",
			[]string{prose, "$16.00", "Harbour Print", "$16.00", prose},
			[]bool{true, true, false, true, true}, []bool{true, true, false, true, true}},
		{"a cell beside a sentence",
			[]string{prose, "Keel Street", "12", "The ferry left at noon."},
			[]bool{true, true, false, true}, []bool{true, true, false, true}},
		{"a poster's field",
			[]string{prose, "Keel Rower", "Posts: 412", "Harbour Row", prose},
			[]bool{true, true, false, true, true}, []bool{true, true, false, true, true}},
	}
	// A quay's berths between two kept cells, a line a berth: 12 come
	// back, 21 are more than textCellsMaxGap.
	for _, n := range []int{12, 21} {
		lines := []string{prose, "Keel Street"}
		keep := []bool{true, true}
		for i := range n {
			lines, keep = append(lines, "Berth "+string(rune('A'+i))), append(keep, false)
		}
		lines, keep = append(lines, "Harbour Row", prose), append(keep, true, true)
		want := slices.Clone(keep)
		name := "a gap too long"
		if n == 12 {
			name = "a long gap"
			for i := range want {
				want[i] = true
			}
		}
		tests = append(tests, keepRuleCase{name, lines, keep, want})
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, func(blocks []textBlock, keep []bool) {
			textKeepTableCells(blocks, 0, len(blocks), keep, false)
		})
	}
}

func TestTextKeepFlatTable(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	// A table of crossings by route, flattened a cell a line: a quay, a
	// count and a change on each row, under its caption and column names.
	table := []string{"Crossings in 2022", "Route", "Crossings", "Change",
		"Keel Street", "1,204", "+3.1%", "Mill Lane", "611", "-49.2%", "Quay Lane", "998", "+63.3%", "Harbour Row", "1,310", "+31.3%"}
	run := func(cells []string) ([]string, []bool) {
		lines := append(append([]string{prose}, cells...), prose)
		keep := make([]bool, len(lines))
		keep[0], keep[len(lines)-1] = true, true
		return lines, keep
	}
	tests := []struct {
		name  string
		cells []string
		kept  bool // the cells come back
	}{
		{"a table between paragraphs", table, true},
		{"three rows", table[:13], false},
		{"a list of prices", []string{"Harbour Print", "$16.00", "Keel Map", "$9.50", "Quay Mug", "$12.00", "Mill Lane Tote", "$20.00", "Tide Chart", "$7.25",
			"Sail Kit", "$30.00", "Rope Belt", "$14.00", "Net Bag", "$11.00", "Boat Hook", "$8.00", "Oar Stand", "$19.00"}, false},
		{"a price shifted by a rating", []string{"Harbour Print", "$16.00", "Keel Map", "(2)", "$9.50", "Quay Mug", "$12.00", "Mill Lane Tote", "(5)", "$20.00", "Tide Chart", "$7.25", "Sail Kit", "$30.00"}, false},
		{"a grid of cards", []string{"Harbour Print", "$16.00", "120", "NEW", "Keel Map", "$9.50", "80", "NEW", "Quay Mug", "$12.00", "45", "NEW", "Tide Chart", "$7.25", "60", "NEW"}, false},
		{"a button in the run", append(append([]string(nil), table[:3]...), append([]string{"Book a crossing"}, table[4:]...)...), false},
		{"more heading than rows", append([]string{"Harbour News", "Sport", "Weather Desk", "Keel Street", "Mill Lane", "Quay Lane", "Harbour Row", "Sail Loft", "Tide Office", "Rope Walk", "Net Store", "Boat Yard", "Fish Market"}, table...), false},
	}
	for _, tt := range tests {
		lines, keep := run(tt.cells)
		want := append([]bool(nil), keep...)
		if tt.kept {
			want = allKept(len(lines))
		}
		checkKeepRule(t, tt.name, lines, keep, want, func(blocks []textBlock, keep []bool) {
			textKeepTableCells(blocks, 0, len(blocks), keep, false)
		})
	}
}

// TestTextKeepTableUnder checks that a table flattened under the body's
// last sentence comes back, up to its last figure, under a body of two
// paragraphs or more.
func TestTextKeepTableUnder(t *testing.T) {
	first := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months."
	last := "Maren Solberg, who runs the quay, counted the crossings of each route in the table below."
	table := []string{"Crossings in 2022", "Route", "Crossings", "Change",
		"Keel Street", "1,204", "+3.1%", "Mill Lane", "611", "-49.2%", "Quay Lane", "998", "+63.3%", "Harbour Row", "1,310", "+31.3%"}
	menu := []string{"About the Harbour Trust", "Contact", "Privacy"}
	tests := []struct {
		name  string
		prose []string // the kept paragraphs above the table
		cells []string
		kept  int // how many lines under the body come back
	}{
		{"a table under two paragraphs", []string{first, last}, table, len(table)},
		{"a table under a blurb", []string{last}, table, 0},
		{"three rows", []string{first, last}, table[:13], 0},
		{"a list of prices", []string{first, last}, []string{"Harbour Print", "$16.00", "Keel Map", "$9.50", "Quay Mug", "$12.00",
			"Mill Lane Tote", "$20.00", "Tide Chart", "$7.25", "Sail Kit", "$30.00", "Rope Belt", "$14.00"}, 0},
	}
	for _, tt := range tests {
		lines := append(append(slices.Clone(tt.prose), tt.cells...), menu...)
		keep := make([]bool, len(lines))
		for i := range tt.prose {
			keep[i] = true
		}
		want := slices.Clone(keep)
		for i := range tt.kept {
			want[len(tt.prose)+i] = true
		}
		checkKeepRule(t, tt.name, lines, keep, want, func(blocks []textBlock, keep []bool) {
			textKeepTableCells(blocks, 0, len(blocks), keep, false)
		})
	}
}

func TestTextKeepSubheads(t *testing.T) {
	prose := "The Harbourton ferry runs twice a day from the Keel Street quay in the summer months, and once in winter."
	tests := []keepRuleCase{
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
