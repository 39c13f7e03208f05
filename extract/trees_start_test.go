package extract

import (
	"math"
	"testing"
)

// TestForestStartMatchesFull holds forest.start, which sums a block's
// first fo.check trees without a look at the bounds (none, for a forest
// whose looks are the walk's: fo.fours), to the plain sums: after it the
// run has passed one check (none) and holds those trees' sum, and
// aboveRun going on from it answers as the full sum does, at bars near
// it, for the text model's bounds over the seeds' block vectors. It fails
// when start sums too few or too many trees, leaves the run at the wrong
// check (the first trees summed twice, or never), or takes the bounds of
// another box.
func TestForestStartMatchesFull(t *testing.T) {
	fo, fb := textForest, textForestBounds()
	rng := fastRand(45, 52)
	asked := 0
	for _, tp := range textSeedPages(t, New(DefaultOptions())) {
		c := newTextContext(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			var f [textNumFeatures]float64
			c.features(i, &f)
			var g [forestFeatures]float64
			forestLoad(&g, f[:])
			sum := fo.logit(f[:])
			base := rng.NormFloat64() * 3
			for _, d := range []float64{-3, -1, -0.1, -1e-3, 1e-3, 0.1, 1, 3} {
				bar := (base+sum)/2 + d
				var r forestRun
				fo.start(fb, &r, &g)
				wantJ, want := 1, forestSum(fo.walk[:fo.check], &g, 0)
				if fo.fours { // its looks are the walk's, the first too
					wantJ, want = 0, 0
				}
				if r.j != wantJ || math.Float64bits(r.z) != math.Float64bits(want) || &r.at[0] != &fb.leaf(&g)[0] {
					t.Fatalf("block %d: start left check %d, sum %v (want %d, %v), or another box", i, r.j, r.z, wantJ, want)
				}
				if got := fo.aboveRun(fb, &r, &g, base, bar); got != ((base+sum)/2 > bar) {
					t.Fatalf("block %d: aboveRun after start %v at bar %v, the full sum %v", i, got, bar, (base+sum)/2)
				}
				asked++
			}
		}
	}
	if asked < 800 {
		t.Fatalf("only %d questions asked", asked)
	}
}
