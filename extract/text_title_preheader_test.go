package extract

import "testing"

// TestTextTitleUnderPreheader: a mail whose first line, its preheader, is
// the dek the model took two blocks under it gives way to the headline
// between the two copies. A first line that is no copy of the line taken,
// a copy that is not the page's first line, and a line between that is a
// sentence, shorter than textHeadDekWords words or no title candidate
// leave the line taken. Each gate was seen failing its case once.
func TestTextTitleUnderPreheader(t *testing.T) {
	const (
		head = "Why the North Coast Path Is Best Walked in Winter"
		pre  = "Three simple ways to plan a winter walk on the coast—plus, the seven steps to take"
		body = "The north coast has eleven harbours between the river mouth and the cape, and a path joins all of them along the cliffs above the water."
	)
	for _, c := range []struct {
		name  string
		lines []string // the page's first blocks, the line taken last
		cands []int    // the title candidates
		want  int
	}{
		{"the preheader over the headline", []string{pre, head, pre + "\nby Mary Roe"}, []int{0, 1, 2}, 1},
		{"no copy on the first line", []string{"Skip to content", head, pre + "\nby Mary Roe"}, []int{1, 2}, 2},
		{"the copy under the first line", []string{"Skip to content", pre, head, pre + "\nby Mary Roe"}, []int{1, 2, 3}, 3},
		{"a sentence between", []string{pre, "The coast is best walked in the winter months.", pre + "\nby Mary Roe"}, []int{0, 1, 2}, 2},
		{"three words between", []string{pre, "Walks in Winter", pre + "\nby Mary Roe"}, []int{0, 1, 2}, 2},
		{"no candidate between", []string{pre, head, pre + "\nby Mary Roe"}, []int{0, 2}, 2},
	} {
		lines := append(c.lines, body, body)
		blocks := textNewBlocks(lines...)
		at := len(c.lines) - 1
		vecs := make([][textTitleFeatures]float64, len(c.cands))
		var w [textTitleFeatures]float64
		cc := &textTitleCandidates{blocks: blocks, cands: c.cands, vecs: vecs, first: at + 1, url: "https://mail.example/feeds/x7q2/entries/k3v9.html", w: &w}
		if got := textTitleUnderPreheader(cc, at); got != c.want {
			t.Errorf("%s: textTitleUnderPreheader gives block %d (%q), want %d", c.name, got, lines[max(got, 0)], c.want)
		}
	}
}
