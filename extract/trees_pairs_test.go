package extract

import (
	"math"
	"testing"
)

// TestForestSumMatchesPlain holds forestSum, which walks four trees a
// step, to the plain walk of one tree a step with the leaves added in
// order, to the bit: both fitted forests, every run of trees from every
// start (counts of every remainder by four, the last trees alone, none),
// random features and thresholds' values among them, and running sums
// of every size, so that leaves added out of order round differently.
// It fails with a step's second and third leaves added the other way
// round and with the last of a count's trees under four left out (both
// seen, fiftieth session).
func TestForestSumMatchesPlain(t *testing.T) {
	rng := fastRand(73, 41)
	for name, m := range forestModels() {
		fo := newForest(m.trees, m.check)
		for range 20 {
			var g [forestFeatures]float64
			for k := range m.n {
				g[k] = rng.NormFloat64() * 3
				if rng.IntN(4) == 0 {
					tr := &fo.scored[rng.IntN(len(fo.scored))]
					g[k] = tr.at[1+rng.IntN(7)]
				}
			}
			z0 := rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4))
			for lo := range len(fo.walk) + 1 {
				for hi := lo; hi <= len(fo.walk); hi++ {
					want := z0
					for _, st := range fo.walk[lo:hi] {
						want += forestPlainLeaf(st, &g)
					}
					if got := forestSum(fo.walk[lo:hi], &g, z0); math.Float64bits(got) != math.Float64bits(want) {
						t.Fatalf("%s: trees %d to %d from %v sum to %v, one at a time %v", name, lo, hi, z0, got, want)
					}
				}
			}
		}
	}
}

// forestPlainLeaf is the leaf of st that g reaches, by comparisons.
func forestPlainLeaf(st *forestStep, g *[forestFeatures]float64) float64 {
	i := 0
	if g[st.f1] < st.t1 {
		i = 1
	}
	if g[st.f2[i]] < st.t2[i] {
		i = 2*i + 1
	} else {
		i = 2 * i
	}
	if g[st.f3[i]] < st.t3[i] {
		i = 2*i + 1
	} else {
		i = 2 * i
	}
	return st.leaf[i]
}
