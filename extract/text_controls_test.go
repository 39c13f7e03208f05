package extract

import (
	"slices"
	"testing"
)

// TestTextControlLabelLeftOut checks that textLeaveOut (isControlLabel) takes the labels of
// a page's controls out of the kept lines of a buying guide: a fold's
// switch and the jumps to each review, which a block model fitted on half
// of wcxb-dev keeps between the cards. A lone arrow stays (it may be the
// link to a series' next post; a pair of bare arrows in a row leaves with
// textLeaveOutArrowPairs), as do lines that only open with a label's
// words.
func TestTextControlLabelLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Best Harbour Kettles of 2026", false},
		{"We boiled water in eleven kettles on the quay for three weeks and timed every one of them.", false},
		{"Jump to Review", true},
		{"‹ Previous", false},
		{"The Keelson Gooseneck heats a litre in under four minutes and pours without a drip.", false},
		{"Next ›", false},
		{"Read less", true},
		{"Show Less", true},
		{"Expand All", true},
		{"Collapse all", true},
		{"Toggle", true},
		{"Next steps", false},
		{"Next, we left each kettle on the warming plate overnight.", false},
		{"Show less of the quay", false},
		{"Jump to Review »", true},
	})
}

// leftOutLine is one kept line of a test page and whether textLeaveOut
// should take it out.
type leftOutLine struct {
	text string
	out  bool
}

// checkLeftOut runs textLeaveOut over lines, every one kept, and reports
// each line it takes out or leaves in against the line's out.
func checkLeftOut(t *testing.T, lines []leftOutLine) {
	t.Helper()
	checkLeftOutBy(t, lines, func(blocks []textBlock, keep, out []bool) { textLeaveOut(blocks, keep, out) })
}

// checkLeftOutBy runs step over lines, every one kept and none out yet,
// and reports each line it takes out or leaves in against the line's out.
func checkLeftOutBy(t *testing.T, lines []leftOutLine, step func(blocks []textBlock, keep, out []bool)) {
	t.Helper()
	blocks := make([]textBlock, len(lines))
	keep := make([]bool, len(lines))
	want := make([]bool, len(lines))
	for i, l := range lines {
		blocks[i], keep[i], want[i] = textNewBlock(l.text), true, l.out
	}
	out := make([]bool, len(blocks))
	step(blocks, keep, out)
	if !slices.Equal(out, want) {
		for i := range lines {
			if out[i] != want[i] {
				t.Errorf("%q: out %v, want %v", lines[i].text, out[i], want[i])
			}
		}
	}
}
