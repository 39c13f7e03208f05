package extract

import (
	"slices"
	"testing"
)

// TestTextLeaveOutLastIf holds the shared last-block walk: it asks only
// the last block that stays (past blocks not kept, already out or a web
// address), marks it when is answers yes, and asks no block over it.
func TestTextLeaveOutLastIf(t *testing.T) {
	isX := func(b *textBlock) bool { return b.text == "X" }
	cases := []struct {
		name     string
		lines    []string
		keep     []bool
		out      []bool
		want     []bool
		askedMax int
	}{
		{"last is", []string{"a", "X"}, []bool{true, true}, []bool{false, false}, []bool{false, true}, 1},
		{"last is not", []string{"X", "a"}, []bool{true, true}, []bool{false, false}, []bool{false, false}, 1},
		{"past not kept", []string{"X", "a"}, []bool{true, false}, []bool{false, false}, []bool{true, false}, 1},
		{"past out", []string{"X", "a"}, []bool{true, true}, []bool{false, true}, []bool{true, true}, 1},
		{"past an address", []string{"X", "https://harbourweekly.example/ferries"}, []bool{true, true}, []bool{false, false}, []bool{true, false}, 1},
		{"none stays", []string{"X"}, []bool{false}, []bool{false}, []bool{false}, 0},
	}
	for _, c := range cases {
		blocks := textNewBlocks(c.lines...)
		out := slices.Clone(c.out)
		asked := 0
		textLeaveOutLastIf(blocks, c.keep, out, func(b *textBlock) bool { asked++; return isX(b) })
		if !slices.Equal(out, c.want) || asked > c.askedMax {
			t.Errorf("%s: out %v (asked %d), want %v (asked at most %d)", c.name, out, asked, c.want, c.askedMax)
		}
	}
}
