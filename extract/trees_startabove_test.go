package extract

import (
	"math"
	"testing"
	"unsafe"
)

// TestForestStartAboveMatchesPlain holds forestStartAbove (amd64
// assembly, or the Go form elsewhere and under purego) and
// forestStartAboveGo to a plain walk of the text model's bound tree,
// split by split from its root (forestBounds.leaf without the complete
// layout), and a plain loop of looks and one-tree walks from a fresh run,
// to the bit: the box's leaf, the answer, and the run's sum and fours
// summed must agree, and the assembly must leave the run's bounds to its
// caller. The features are the seed pages' blocks' and, loaded by
// forestLoad, random values, the bound tree's and the trees' thresholds (equal goes right), NaN, ±0 and
// ±Inf, with bars around the full sum (stop under, above, or at the last
// tree) and now and then NaN. The assembly reads forestBoundSplit as 32
// bytes and forestSlack as its bits. It fails with the bound levels' carry dropped (SHLQ for ADCQ:
// every level goes right), with the walk below the layout taking the
// right child for the left (CMOVQCC for CMOVQCS), with the run's looks
// read one pair late, with the upper bar worked out as need - slack, and
// with the full sum's answer taken as >= (SETCC for SETHI) (each seen,
// fifty-eighth session).
func TestForestStartAboveMatchesPlain(t *testing.T) {
	if math.Float64bits(forestSlack) != 0x3eb0c6f7a0b5ed8d {
		t.Fatalf("forestSlack's bits are %#x; forestlooks_amd64.s holds 0x3eb0c6f7a0b5ed8d", math.Float64bits(forestSlack))
	}
	if unsafe.Sizeof(forestBoundSplit{}) != 32 {
		t.Fatalf("forestBoundSplit is %d bytes; forestlooks_amd64.s reads 32", unsafe.Sizeof(forestBoundSplit{}))
	}
	fo, fb := textForest, textForestBounds()
	if !fo.fours || fb.full == nil {
		t.Fatal("the text model is not looked at in the walk over a complete bound layout")
	}
	plainBounds := &forestBounds{splits: fb.splits, at: fb.at}
	rng := fastRand(58, 231)
	special := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1)}
	var seeds [][]float64 // the seed pages' block vectors, then random ones
	for _, tp := range textSeedPages(t, New(DefaultOptions())) {
		c := newTextContext(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			var f [textNumFeatures]float64
			c.features(i, &f)
			seeds = append(seeds, f[:])
		}
	}
	deep, stops := 0, [3]int{}
	for round := range len(seeds) + 4000 {
		f := make([]float64, textNumFeatures)
		if round < len(seeds) {
			copy(f, seeds[round])
		}
		for k := range f {
			if round < len(seeds) {
				break
			}
			f[k] = rng.NormFloat64() * 3
			switch rng.IntN(8) {
			case 0, 1, 2:
				f[k] = fb.splits[rng.IntN(len(fb.splits))].at
			case 3:
				tr := textTrees[rng.IntN(len(textTrees))]
				f[k] = tr[rng.IntN(len(tr))].threshold
			case 4:
				f[k] = special[rng.IntN(len(special))]
			}
		}
		var g [forestFeatures]float64
		forestLoad(&g, f)
		wantLeaf, depth := forestPlainBoundLeaf(fb.splits, &g)
		if depth > forestBoundDepth {
			deep++
		}
		if &plainBounds.leaf(&g)[0] != &fb.at[wantLeaf][0] {
			t.Fatalf("round %d: the plain walks disagree", round)
		}
		base := rng.NormFloat64()
		wantVerdict, wantZ, wantFours, bar := forestPlainStartLooks(fo, fb.at[wantLeaf], f, rng.IntN(4), rng.NormFloat64(), base)
		if round%100 == 0 {
			wantVerdict, wantZ, wantFours, bar = forestPlainStartLooks(fo, fb.at[wantLeaf], f, 3, math.NaN(), base)
		}
		stops[wantVerdict+1]++
		wantAbove := wantVerdict > 0 || wantVerdict == 0 && (base+wantZ)/2 > bar
		for name, start := range map[string]func(*forest, *forestBounds, *[forestFeatures]float64, *forestRun, float64, float64) (bool, int){
			"forestStartAbove": forestStartAbove, "forestStartAboveGo": forestStartAboveGo,
		} {
			r := forestRun{j: 7, z: 3}
			above, leaf := start(fo, fb, &g, &r, base, bar)
			if leaf != wantLeaf || above != wantAbove || math.Float64bits(r.z) != math.Float64bits(wantZ) || r.j != wantFours {
				t.Fatalf("round %d: %s gave leaf %d, above %v, the run at sum %v, %d fours; the plain walk %d, %v (verdict %d), %v, %d",
					round, name, leaf, above, r.z, r.j, wantLeaf, wantAbove, wantVerdict, wantZ, wantFours)
			}
			if name == "forestStartAboveGo" && &r.at[0] != &fb.at[leaf][0] {
				t.Fatalf("round %d: forestStartAboveGo left the run without its box's bounds", round)
			}
		}
	}
	t.Logf("%d walks, %d below the complete layout, verdicts %v (under, whole, above)", len(seeds)+4000, deep, stops)
	if deep < 100 {
		t.Fatalf("%d of the walks went below the complete layout: too few", deep)
	}
	for _, n := range stops {
		if n < 200 {
			t.Fatalf("verdicts %v (under, whole, above): the test reaches too few of one", stops)
		}
	}
}

// forestPlainBoundLeaf walks splits from the root, split by split with
// x < t, and gives the leaf and the splits passed.
func forestPlainBoundLeaf(splits []forestBoundSplit, g *[forestFeatures]float64) (leaf, depth int) {
	n := 0
	for n >= 0 {
		s := splits[n]
		if g[s.feat] < s.at {
			n = s.left
		} else {
			n = s.right
		}
		depth++
	}
	return ^n, depth
}

// forestPlainStartLooks is a fresh run's plain loop of looks over fo with
// the box's bounds at and the regression's log-odds base, at a bar t set
// by how: 0 and 1 under and above the sum after a random look, 2 at the
// full sum, 3 at the given need (2t - base, as settle reads it). It gives
// the verdict, the run's sum and fours, and t.
func forestPlainStartLooks(fo *forest, at, f []float64, how int, need, base float64) (verdict int, z float64, fours int, t float64) {
	sums := []float64{0}
	for j := 0; 4*j < len(fo.walk); j++ {
		z := sums[j]
		for _, st := range fo.walk[4*j : 4*j+4] {
			z += forestPlainLeaf(st, f)
		}
		sums = append(sums, z)
	}
	switch how {
	case 0, 1:
		c := int(math.Abs(need)*7) % (len(sums) - 1)
		need = sums[c] + at[2*c] + forestSlack + 1e-9 // under the most at look c
		if how == 1 {
			need = sums[c] + at[2*c+1] - forestSlack - 1e-9 // over the least
		}
	case 2:
		need = sums[len(sums)-1]
	}
	t = (need + base) / 2
	need = 2*t - base
	under, over := need-forestSlack, need+forestSlack
	for ; 4*fours < len(fo.walk); fours++ {
		if z+at[2*fours] < under {
			return -1, z, fours, t
		}
		if z+at[2*fours+1] > over {
			return 1, z, fours, t
		}
		z = sums[fours+1]
	}
	return 0, z, fours, t
}
