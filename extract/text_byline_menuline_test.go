package extract

import "testing"

// TestTextMenuLine checks that a menu's entry written with capitals and
// set beside the byline's date ("Employee Directory", wcxb-dev 0115)
// names no writer, while a writer's name there still does, and
// textMenuLine's bound: only blocks above the name walk's first count.
func TestTextMenuLine(t *testing.T) {
	const menu = "Employee Directory\nHome\nLibrary\nAdmissions\nCampus Life\nContact\n"
	const foot = "Share\nRelated posts\nContact us\n"
	textCheckFerriesAuthors(t, menu, foot, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nMarch 4, 2025\nEmployee Directory\n", ""},
		{"Harbour Ferries Return for Winter\nMarch 4, 2025\nMaren Solberg\n", "Maren Solberg"},
	})
	blocks := textSplitBlocks(menu)
	for _, tt := range []struct {
		name string
		lo   int
		want bool
	}{
		{"Employee Directory", 1, true},
		{"Employee Directory", 0, false}, // the line is the walk's own
		{"Campus Life", 2, false},        // set alone only inside the walk
		{"Campus Life", 99, true},
		{"Employee", 6, false}, // a part of a line is no entry
	} {
		if got := textMenuLine(tt.name, blocks, tt.lo); got != tt.want {
			t.Errorf("textMenuLine(%q, %d) = %v, want %v", tt.name, tt.lo, got, tt.want)
		}
	}
}

// TestTextMenuLineUnderLabel checks that a lone byline label over a
// menu's entry names no writer (a forum's search form: "By:" / "Search"
// under "Search" in the menu, wcxb-dev 0513 and 0523; "by" / "Incase"
// under the brand's entry in a shop's list, 4369), while a writer's name
// under the label still does, and a label over a name set alone only
// inside the walk's window is still read.
func TestTextMenuLineUnderLabel(t *testing.T) {
	const menu = "Home\nForums\nSearch\nLog in\nRegister\nWhat's new\nNew posts\nLatest activity\nMembers\nCurrent visitors\nHelp\nRules\n"
	const foot = "Share\nRelated posts\nContact us\n"
	textCheckFerriesAuthors(t, menu+"Harbour Ferries Return for Winter\n", foot, []textAuthorAround{
		{"Search titles only\nBy:\nSearch\nAdvanced search…\nMarch 4, 2025\n", ""},
		{"By:\nMaren Solberg\nMarch 4, 2025\n", "Maren Solberg"},
	})
}
