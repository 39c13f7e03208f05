package extract

import "testing"

// TestTextLineUnder checks where the flat byline readings past a headline
// look: the two lines under it, the second with dek only past a
// standfirst, never past the page's end or above the headline.
func TestTextLineUnder(t *testing.T) {
	isName := func(blocks []textBlock) func(int) bool {
		return func(i int) bool { return blocks[i].text == "Mara Vell" }
	}
	for _, c := range []struct {
		name  string
		lines []string
		at    int
		dek   bool
		want  int
	}{
		{"right under", []string{"Harbour lights return", "Mara Vell", "Body."}, 0, true, 1},
		{"past a standfirst", []string{"Harbour lights return", "The town's old lamps are lit again after forty dark winters.", "Mara Vell"}, 0, true, 2},
		{"past a label, dek", []string{"Harbour lights return", "News", "Mara Vell"}, 0, true, -1},
		{"past a label, no dek", []string{"Harbour lights return", "News", "Mara Vell"}, 0, false, 2},
		{"three down", []string{"Harbour lights return", "News", "Travel", "Mara Vell"}, 0, false, -1},
		{"above", []string{"Mara Vell", "Harbour lights return", "Body."}, 1, false, -1},
		{"no headline", []string{"Mara Vell"}, -1, false, -1},
	} {
		blocks := textNewBlocks(c.lines...)
		if got := textLineUnder(blocks, c.at, c.dek, isName(blocks)); got != c.want {
			t.Errorf("%s: textLineUnder = %d, want %d", c.name, got, c.want)
		}
	}
}
