package extract

import (
	"math"
	"testing"
)

// TestForestSumMatchesPlain holds forestSum (amd64 assembly, or the Go
// walk elsewhere and under purego) and forestSumGo, which walk four trees
// a step, to the plain walk of one tree a step with the leaves added in
// order, to the bit: both fitted forests, every run of trees from every
// start (counts of every remainder by four, the last trees alone, none),
// running sums of every size, so that leaves added out of order round
// differently, and features loaded by forestLoad from random values,
// the thresholds themselves (where a split turns), NaN, ±0 and ±Inf
// among them, which the plain walk compares unloaded. It fails with a
// step's second and third leaves added the other way round and with the
// last of a count's trees under four left out (both seen, fiftieth
// session), and with the assembly's second split compared the other way
// (the threshold below the value; seen, fifty-third session).
func TestForestSumMatchesPlain(t *testing.T) {
	rng := fastRand(73, 41)
	special := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1)}
	for name, m := range forestModels() {
		fo := newForest(m.trees, m.check)
		for range 20 {
			f := make([]float64, m.n)
			for k := range f {
				f[k] = rng.NormFloat64() * 3
				switch rng.IntN(6) {
				case 0, 1:
					tr := m.trees[rng.IntN(len(m.trees))]
					f[k] = tr[rng.IntN(len(tr))].threshold // a leaf's is 0
				case 2:
					f[k] = special[rng.IntN(len(special))]
				}
			}
			var g [forestFeatures]float64
			forestLoad(&g, f)
			z0 := rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4))
			for lo := range len(fo.walk) + 1 {
				for hi := lo; hi <= len(fo.walk); hi++ {
					want := z0
					for _, st := range fo.walk[lo:hi] {
						want += forestPlainLeaf(st, f)
					}
					sums := map[string]float64{"forestSum": forestSum(fo.walk[lo:hi], &g, z0), "forestSumGo": forestSumGo(fo.walk[lo:hi], &g, z0)}
					for walk, got := range sums {
						if math.Float64bits(got) != math.Float64bits(want) {
							t.Fatalf("%s: %s: trees %d to %d from %v sum to %v, one at a time %v", name, walk, lo, hi, z0, got, want)
						}
					}
				}
			}
		}
	}
}

// forestPlainLeaf is the leaf of st that the features f reach, by
// comparisons: a NaN goes right, as x < t is false, and -0 as +0 does.
func forestPlainLeaf(st *forestStep, f []float64) float64 {
	g := func(k uint8) float64 { return f[k] }
	i := 0
	if g(st.f1) < st.t1 {
		i = 1
	}
	if g(st.f2[i]) < st.t2[i] {
		i = 2*i + 1
	} else {
		i = 2 * i
	}
	if g(st.f3[i]) < st.t3[i] {
		i = 2*i + 1
	} else {
		i = 2 * i
	}
	return st.leaf[i]
}
