package extract

import (
	"math"
	"testing"
)

// TestTextModelLogitKeptMatchesPlain holds textModel.logit, which reads
// an asked block's kept log-odds and loaded features, to logitAfresh,
// which builds them again, on the seeds and, with STORYFOLD_DATA set, the
// speed pages, with one scratch for all as the text path keeps it. Each
// page is asked as the text path asks it (textAskSpeedPages), then every block's log-odds
// are read both ways, to the bit. It fails when the kept vector is read
// for another block's or the trees are summed from another start.
func TestTextModelLogitKeptMatchesPlain(t *testing.T) {
	kept, afresh := 0, 0
	textAskSpeedPages(t, func(id string, tp *textPage, c *textContext, m textModel, keep []bool) {
		textDropDoubtedIn(c, keep, m)
		for i := range tp.blocks {
			if i%5 == 2 { // some asked only now, at the unsure bar
				m.above(c, i, textUnsureMax)
			}
			if c.asked[i].run.at != nil {
				kept++
			} else {
				afresh++
			}
			if got, want := m.logit(c, i), m.logitAfresh(c, i); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s block %d %q: log-odds %v from the kept vector, %v afresh", id, i, tp.blocks[i].text, got, want)
			}
		}
	})
	if kept < 50 || afresh < 10 {
		t.Fatalf("%d blocks read from their kept vectors, %d afresh: the test reaches too little", kept, afresh)
	}
}
