package extract

import (
	"math"
	"testing"
)

// TestForestZeroSplits holds the walk at a split on zero to the plain
// walk (treeLogit) for features loaded as they are, -0 among them: the
// threshold is held as -0 (forestZero), so that -0 goes right as 0 < 0 is
// false. An invented tree splits on zero at its root and below it (one
// written 0, one -0, as a fit may write either); every mix of -0, +0,
// the least floats of both signs, ±1, ±Inf and NaN is walked through
// forest.logit (forestLoad) and through textLoadLogged's load, which
// writes only NaNs. It fails with the thresholds held as +0.
func TestForestZeroSplits(t *testing.T) {
	negZero := math.Copysign(0, -1)
	trees := [][]treeNode{{
		{0, 0, 1, 4, 0},
		{1, negZero, 2, 3, 0},
		{-1, 0, 0, 0, 1}, {-1, 0, 0, 0, 2},
		{1, 0.5, 5, 6, 0},
		{-1, 0, 0, 0, 4}, {-1, 0, 0, 0, 8},
	}}
	fo := newForest(trees, forestCheck)
	vals := []float64{negZero, 0, -math.SmallestNonzeroFloat64, math.SmallestNonzeroFloat64, -1, 1, math.Inf(-1), math.Inf(1), math.NaN()}
	var w [textNumFeatures]float64
	for k := range w {
		w[k] = 1
	}
	for _, x := range vals {
		for _, y := range vals {
			f := []float64{x, y}
			want := treeLogit(f, trees)
			if got := fo.logit(f); got != want {
				t.Errorf("features (%v, %v): the walk adds %v, the plain walk %v", x, y, got, want)
			}
			var g [forestFeatures]float64
			v := (*[textNumFeatures]float64)(g[:textNumFeatures])
			v[0], v[1] = x, y
			textLoadLogged(v, textLogit(v, &w))
			if got := forestSum(fo.walk, &g, 0); got != want {
				t.Errorf("features (%v, %v) as textLoadLogged leaves them: the walk adds %v, the plain walk %v", x, y, got, want)
			}
		}
	}
}
