package extract

import (
	"slices"
	"testing"
)

// TestTextBylineUnderTitleBlock checks the byline under the title's block
// when the headline's index is a menu heading far above it: read under
// the title and under its standfirst, with the title's curly quote
// spelled straight; none where the title's block is among the blocks
// read around the headline, past the reach, or for a line that is no
// byline.
func TestTextBylineUnderTitleBlock(t *testing.T) {
	menu := slices.Repeat([]string{"Courses and Programs for Teams"}, 2*textAuthorWindow)
	page := func(under ...string) []textBlock {
		lines := append([]string{"Harbour Academy"}, menu...)
		lines = append(lines, "Harbour Ferries’ Return for Winter", "The board runs the ferries twice a day from the quay.")
		lines = append(lines, under...)
		return textNewBlocks(append(lines, "The new timetable will stay on the board's site for anyone who needs it.")...)
	}
	const title = "Harbour Ferries' Return for Winter"
	for _, c := range []struct {
		name   string
		blocks []textBlock
		at     int
		want   string
	}{
		{"under the standfirst", page("Written by Dr Jane van der Roe, Eli Doe"), 0, "Dr Jane van der Roe, Eli Doe"},
		{"no byline", page("Written in the harbour office"), 0, ""},
		{"past the reach", page("Share", "Print", "Written by Jane Roe"), 0, ""},
		{"title near the headline", page("Written by Jane Roe"), 2 * textAuthorWindow, ""},
	} {
		first := 1
		if c.at > 0 {
			first = c.at
		}
		if got := textBylineUnderTitleBlock(c.blocks, c.at, first, title); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
