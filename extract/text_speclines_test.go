package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextKeepSpecLines checks which dropped "Label: value" lines come
// back between the kept lines of a review.
func TestTextKeepSpecLines(t *testing.T) {
	above := "The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove."
	below := "We took it out on the morning crossing twice and it kept the tea hot until Harbourton."
	tests := []keepRuleCase{
		{"a kettle's facts between two paragraphs",
			[]string{above, "Capacity: 1 litre", "Material: Stainless steel", "Warranty: 2 years", below},
			[]bool{true, false, false, false, true},
			[]bool{true, true, true, true, true}},
		{"the rest of a run the model kept a line of",
			[]string{above, "Keel Street Kettle", "Capacity: 1 litre", "Material: Stainless steel", "Keel Street Mug", below},
			[]bool{true, false, true, false, false, true},
			[]bool{true, false, true, true, false, true}},
		{"one fact alone",
			[]string{above, "Capacity: 1 litre", below},
			[]bool{true, false, true},
			[]bool{true, false, true}},
		{"a label stated down the run",
			[]string{above, "Credit: Harbourton Post", "Credit: Harbourton Post", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a clause in lower case after the colon",
			[]string{above, "Late notice: the ticket is forfeited", "Early notice: the ticket is refunded", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a forum poster's card",
			[]string{above, "Join Date: Aug 2008", "Location: Harbourton", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pager under the page",
			[]string{above, "Prev: Keel Street", "Next: Quay Lane", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a card neither side of which stays",
			[]string{above, "Book now", "Price: $40", "Duration: 2 hours", "Book now", below},
			[]bool{true, false, false, false, false, true},
			[]bool{true, false, false, false, false, true}},
		{"a date's lead-in",
			[]string{above, "Reviewed on: 9/30/2025", "Cost: $40", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pointer's title after the colon",
			[]string{above, "Capacity: 1 litre", "Learn More: Keel Street Kettles Compared", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a pointer cue's title after the colon",
			[]string{above, "Capacity: 1 litre", "See Also: The Quay Lane Teapot", below},
			[]bool{true, false, false, true},
			[]bool{true, false, false, true}},
		{"a contents list of the headings kept below",
			[]string{above, "Harbourton: The Morning Crossing", "Quay Lane: An Afternoon Tea", below, "Harbourton: The Morning Crossing", below + " Again.", "Quay Lane: An Afternoon Tea", above + " Again."},
			[]bool{true, false, false, true, true, true, true, true},
			[]bool{true, false, false, true, true, true, true, true}},
		{"facts stated again but kept nowhere else",
			[]string{above, "Capacity: 1 litre", "Material: Stainless steel", below, "Capacity: 1 litre", "Material: Stainless steel"},
			[]bool{true, false, false, true, false, false},
			[]bool{true, true, true, true, false, false}},
		{"facts above the first kept line",
			[]string{"Capacity: 1 litre", "Material: Stainless steel", above, below},
			[]bool{false, false, true, true},
			[]bool{false, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, textKeepSpecLines)
	}
}

// TestTextKeepSpecLinesCopies checks that a fact line stated over every
// card of a page stays out while one stated a few times comes back.
func TestTextKeepSpecLinesCopies(t *testing.T) {
	above := "The Keel Street kettle boils a full litre in under four minutes on the ferry's galley stove."
	below := "We took it out on the morning crossing twice and it kept the tea hot until Harbourton."
	for _, tc := range []struct {
		dup  int
		want bool
	}{{0, true}, {textSpecCopies, true}, {textSpecCopies + 1, false}} {
		blocks := textSplitBlocks(strings.Join([]string{above, "Capacity: 1 litre", "Material: Stainless steel", below}, "\n"))
		blocks[2].dup = tc.dup
		keep := []bool{true, false, false, true}
		textKeepSpecLines(blocks, keep)
		if want := []bool{true, true, tc.want, true}; !slices.Equal(keep, want) {
			t.Errorf("dup %d: keep = %v, want %v", tc.dup, keep, want)
		}
	}
}
