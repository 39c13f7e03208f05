package extract

import (
	"math"
	"testing"
)

// TestForestLooksMatchesPlain holds forestLooks (amd64 assembly, or the
// Go loop elsewhere and under purego) and forestLooksGo to a plain loop
// of looks and one-tree walks (forestPlainLeaf), to the bit: runs of the
// text forest begun at every fourth tree (the bounds before it set to
// stop any look that read them), features loaded by forestLoad
// from random values, thresholds, NaN, ±0 and ±Inf, and bounds that at
// each look go on, stop under, stop above, or sit exactly on the bar
// (z + at equal to under or over, which goes on: the comparisons are
// strict), with the bar NaN now and then (no look stops then). The run's
// sum and fours summed, left in it, and the verdict must all agree, and
// its bounds be left alone. It fails with the
// assembly's first look compared as under >= z + most (JAE for JA), with
// its bounds read a pair late, and with the fours' count off by one
// (each seen, fifty-fourth session), and with the run's first tree
// taken as 2j for 4j (the assembly's SHLQ $1 for $2; seen, tspeed188).
func TestForestLooksMatchesPlain(t *testing.T) {
	rng := fastRand(54, 182)
	special := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1)}
	fo := newForest(textTrees, 4)
	if !fo.fours {
		t.Fatal("the text forest looked at every 4 trees is not walked by forestLooks")
	}
	stops := [3]int{}
	for round := range 400 {
		f := make([]float64, textNumFeatures)
		for k := range f {
			f[k] = rng.NormFloat64() * 3
			switch rng.IntN(6) {
			case 0, 1:
				tr := textTrees[rng.IntN(len(textTrees))]
				f[k] = tr[rng.IntN(len(tr))].threshold
			case 2:
				f[k] = special[rng.IntN(len(special))]
			}
		}
		var g [forestFeatures]float64
		forestLoad(&g, f)
		from := 4 * rng.IntN(len(fo.walk)/4+1)
		trees := fo.walk[from:]
		z0 := rng.NormFloat64()
		need := rng.NormFloat64()
		under, over := need-forestSlack, need+forestSlack
		if round%50 == 0 {
			under, over = math.NaN(), math.NaN()
		}
		// the plain sums at each look, and bounds that act at each
		atWalk := make([]float64, 2*len(fo.walk)/4)
		for c := range 2 * from / 4 {
			atWalk[c] = math.Inf(-1) // a look read early stops under
		}
		at := atWalk[2*from/4:]
		z := z0
		for j := 0; j < len(at)/2; j++ {
			most, least := 100.0, -100.0 // go on
			switch rng.IntN(12) {
			case 0:
				most = under - z - 0.5 // stop under
			case 1:
				least = over - z + 0.5 // stop above
			case 2:
				most = under - z // z + most rounds to under or next to it
			case 3:
				least = over - z
			}
			at[2*j], at[2*j+1] = most, least
			for _, st := range trees[4*j : 4*j+4] {
				z += forestPlainLeaf(st, f)
			}
		}
		// the plain loop
		wantZ, wantFours, wantVerdict := z0, 0, 0
		for ; 4*wantFours < len(trees); wantFours++ {
			if wantZ+at[2*wantFours] < under {
				wantVerdict = -1
				break
			}
			if wantZ+at[2*wantFours+1] > over {
				wantVerdict = 1
				break
			}
			for _, st := range trees[4*wantFours : 4*wantFours+4] {
				wantZ += forestPlainLeaf(st, f)
			}
		}
		stops[wantVerdict+1]++
		for name, looks := range map[string]func([]*forestStep, *[forestFeatures]float64, *forestRun, float64, float64) int{
			"forestLooks": forestLooks, "forestLooksGo": forestLooksGo,
		} {
			r := forestRun{at: atWalk, j: from / 4, z: z0}
			gotVerdict := looks(fo.walk, &g, &r, under, over)
			if math.Float64bits(r.z) != math.Float64bits(wantZ) || r.j != from/4+wantFours || gotVerdict != wantVerdict ||
				len(r.at) != len(atWalk) || &r.at[0] != &atWalk[0] {
				t.Fatalf("round %d, trees from %d: %s left the run at sum %v, %d fours, verdict %d; the plain loop %v, %d, %d",
					round, from, name, r.z, r.j, gotVerdict, wantZ, from/4+wantFours, wantVerdict)
			}
		}
	}
	for _, n := range stops {
		if n < 40 {
			t.Fatalf("verdicts %v (under, whole, above): the test reaches too few of one", stops)
		}
	}
}
