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
// another box. forest.startAbove, start and aboveRun in one, is held to
// the two: the same answer and the run left where they leave it, for the
// text model, a forest looked at every 8 trees and one box's bounds.
func TestForestStartMatchesFull(t *testing.T) {
	fo, fb := textForest, textForestBounds()
	// startAbove's own way (looks in the walk, a complete bound walk) and
	// its two ways back to start and aboveRun.
	eights := newForest(textTrees, 8)
	starts := []struct {
		name string
		fo   *forest
		fb   *forestBounds
	}{
		{"text", fo, fb},
		{"looks every 8 trees", eights, newForestBounds(eights, textBoundSplits)},
		{"one box", fo, newForestBounds(fo, nil)},
	}
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
				for _, s := range starts {
					var sr forestRun
					got := s.fo.startAbove(s.fb, &sr, &g, base, bar)
					var pr forestRun
					s.fo.start(s.fb, &pr, &g)
					want := s.fo.aboveRun(s.fb, &pr, &g, base, bar)
					if got != want || sr.j != pr.j || math.Float64bits(sr.z) != math.Float64bits(pr.z) || &sr.at[0] != &pr.at[0] {
						t.Fatalf("block %d, %s: startAbove %v, run at check %d, sum %v; start and aboveRun %v, %d, %v (or another box)", i, s.name, got, sr.j, sr.z, want, pr.j, pr.z)
					}
				}
				asked++
			}
		}
	}
	if asked < 800 {
		t.Fatalf("only %d questions asked", asked)
	}
}
