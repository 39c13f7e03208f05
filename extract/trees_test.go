package extract

import (
	"math"
	"math/rand/v2"
	"testing"
)

// forestModel is a model's trees, the length of its feature vectors and
// how often its forest looks at its bounds.
type forestModel struct {
	trees [][]treeNode
	n     int
	check int
}

// forestModels are the fitted models' trees.
func forestModels() map[string]forestModel {
	return map[string]forestModel{
		"text": {textTrees, textNumFeatures, textForestCheck},
		"html": {htmlTrees, htmlNumFeatures, forestCheck},
	}
}

// TestForestMatchesTrees holds the laid-out forest to the plain walk, bit
// for bit: on the fitted models with random features (and the thresholds
// themselves, where a walk turns), and on uneven trees whose leaves sit
// above the bottom.
func TestForestMatchesTrees(t *testing.T) {
	uneven := [][]treeNode{
		{{-1, 0, 0, 0, 0.25}}, // a lone leaf
		{{2, 0.5, 1, 2, 0}, {-1, 0, 0, 0, -1}, {0, 3, 3, 4, 0}, {-1, 0, 0, 0, 2}, {1, -1, 5, 6, 0}, {-1, 0, 0, 0, 0.125}, {-1, 0, 0, 0, -0.5}},
	}
	models := forestModels()
	models["uneven"] = forestModel{uneven, 3, 1}
	rng := fastRand(1, 2)
	for name, m := range models {
		fo := newForest(m.trees, m.check)
		var thresholds []float64
		for _, tr := range m.trees {
			for _, n := range tr {
				if n.feature >= 0 {
					thresholds = append(thresholds, n.threshold)
				}
			}
		}
		f := make([]float64, m.n)
		for i := range 20000 {
			for k := range f {
				switch rng.IntN(4) {
				case 0:
					f[k] = thresholds[rng.IntN(len(thresholds))]
				case 1:
					f[k] = float64(rng.IntN(3))
				default:
					f[k] = rng.NormFloat64() * 3
				}
			}
			if i%100 == 0 { // NaN goes right, as in the plain walk
				f[rng.IntN(m.n)] = math.NaN()
			}
			if i%7 == 0 { // values forestLoad rewrites or the sign test could misread
				f[rng.IntN(m.n)] = []float64{math.Copysign(0, -1), math.Inf(1), math.Inf(-1), -math.NaN(), math.SmallestNonzeroFloat64}[rng.IntN(5)]
			}
			if got, want := fo.logit(f), treeLogit(f, m.trees); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s: forest %v, trees %v for %v", name, got, want, f)
			}
		}
	}
	if newForest(nil, forestCheck).logit([]float64{1}) != 0 {
		t.Error("no trees should add nothing")
	}
}

// TestForestAbove holds the early-stopping test to the full sum: random
// features, regression log-odds spread over the range the models give,
// and log-odds set so that the mean falls within a hair of the threshold;
// for each model at its own interval between looks at the bounds and at
// others (a look before every tree, odd steps that leave a short last
// run, and one look for the whole forest).
func TestForestAbove(t *testing.T) {
	rng := fastRand(5, 6)
	for name, m := range forestModels() {
		for _, check := range []int{m.check, 1, 5, 16, 1000} {
			fo := newForest(m.trees, check)
			f := make([]float64, m.n)
			stopped := 0
			for i := range 20000 {
				for k := range f {
					f[k] = float64(rng.IntN(3)) * rng.Float64() * 4
				}
				th := []float64{0, -0.5, 0.3}[i%3]
				base := rng.NormFloat64() * 12
				if i%5 == 0 { // the mean a hair off the threshold
					base = 2*th - fo.logit(f) + float64(rng.IntN(3)-1)*1e-12
				}
				want := (base+fo.logit(f))/2 > th
				if got := fo.above(f, base, th); got != want {
					t.Fatalf("%s, a look every %d trees: above = %v, the full sum says %v (base %v, threshold %v)", name, check, got, want, base, th)
				}
				// the first look after the first trees, as above takes it
				if check >= len(fo.scored) {
					continue
				}
				var g [forestFeatures]float64
				copy(g[:], f)
				z := forestSum(fo.walk[:check], &g, 0)
				if need := 2*th - base; z+fo.whole.at[0][2] < need || z+fo.whole.at[0][3] > need {
					stopped++
				}
			}
			if check < len(fo.scored) && stopped == 0 {
				t.Errorf("%s: the bounds settled no case after %d trees", name, check)
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("newForest took a look every 0 trees")
		}
	}()
	newForest(textTrees, 0)
}

// BenchmarkForest scores the text model's trees on random feature
// vectors, laid out (forest) and as the plain walk.
func BenchmarkForest(b *testing.B) {
	rng := fastRand(1, 2)
	fs := make([][]float64, 1024)
	for i := range fs {
		fs[i] = make([]float64, textNumFeatures)
		for k := range fs[i] {
			fs[i][k] = float64(rng.IntN(3)) * rng.Float64() * 4
		}
	}
	fo := newForest(textTrees, textForestCheck)
	b.Run("forest", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			fo.logit(fs[i&1023])
		}
	})
	b.Run("walk", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			treeLogit(fs[i&1023], textTrees)
		}
	})
}

// TestForestBoundsNarrowedMatchPlain holds the bounds laid out with each
// box's reach narrowed from its parent's (forestReach.narrowed) to the
// plain layout, which sums every tree's reach afresh at each leaf
// (leafAt): on the text model's fitted splits and on random splits of
// both models' forests, every leaf's bounds the same to the bit.
func TestForestBoundsNarrowedMatchPlain(t *testing.T) {
	rng := fastRand(7, 8)
	for name, m := range forestModels() {
		fo := newForest(m.trees, m.check)
		sets := [][]treeNode{nil}
		if name == "text" {
			sets = append(sets, textBoundSplits)
		}
		for range 5 {
			sets = append(sets, forestRandomSplits(rng, fo, m.n))
		}
		for s, nodes := range sets {
			got, want := newForestBounds(fo, nodes), forestBoundsPlain(fo, nodes)
			if len(got.at) != len(want.at) || len(got.splits) != len(want.splits) {
				t.Fatalf("%s, splits %d: %d leaves and %d splits, the plain layout %d and %d", name, s, len(got.at), len(got.splits), len(want.at), len(want.splits))
			}
			for j := range want.splits {
				if got.splits[j] != want.splits[j] {
					t.Fatalf("%s, splits %d: split %d is %v, the plain layout's %v", name, s, j, got.splits[j], want.splits[j])
				}
			}
			for l := range want.at {
				for c := range want.at[l] {
					if math.Float64bits(got.at[l][c]) != math.Float64bits(want.at[l][c]) {
						t.Fatalf("%s, splits %d, leaf %d: bound %d is %v, the plain layout's %v", name, s, l, c, got.at[l][c], want.at[l][c])
					}
				}
			}
		}
	}
}

// forestRandomSplits is a random bound tree of depth 6 over fo's own
// thresholds, so that its boxes cut the trees' splits.
func forestRandomSplits(rng *rand.Rand, fo *forest, n int) []treeNode {
	var nodes []treeNode
	var grow func(depth int) int
	grow = func(depth int) int {
		at := len(nodes)
		nodes = append(nodes, treeNode{feature: -1})
		if depth == 0 || rng.IntN(8) == 0 {
			return at
		}
		tr := &fo.scored[rng.IntN(len(fo.scored))]
		i := 1 + rng.IntN(len(tr.feat)-1)
		f, th := int(tr.feat[i]), tr.at[i]
		if int(tr.feat[i]) >= n || rng.IntN(4) == 0 {
			f, th = rng.IntN(n), rng.NormFloat64()
		}
		left := grow(depth - 1)
		right := grow(depth - 1)
		nodes[at] = treeNode{feature: f, threshold: th, left: left, right: right}
		return at
	}
	grow(6)
	return nodes
}

// forestBoundsPlain lays out nodes over fo as newForestBounds does, each
// leaf's bounds summed from every tree's reach within its box (leafAt).
func forestBoundsPlain(fo *forest, nodes []treeNode) *forestBounds {
	fb := &forestBounds{}
	var lo, hi [forestFeatures]float64
	for j := range lo {
		lo[j], hi[j] = math.Inf(-1), math.Inf(1)
	}
	if len(nodes) == 0 {
		fb.leafAt(fo, &lo, &hi)
		return fb
	}
	var place func(n int) int
	place = func(n int) int {
		nd := nodes[n]
		if nd.feature < 0 {
			return ^fb.leafAt(fo, &lo, &hi)
		}
		at := len(fb.splits)
		fb.splits = append(fb.splits, forestBoundSplit{feat: nd.feature, at: nd.threshold})
		f := nd.feature
		keep := hi[f]
		hi[f] = min(keep, nd.threshold)
		left := place(nd.left)
		hi[f] = keep
		keep = lo[f]
		lo[f] = max(keep, nd.threshold)
		right := place(nd.right)
		lo[f] = keep
		fb.splits[at].left, fb.splits[at].right = left, right
		return at
	}
	place(0)
	return fb
}

// TestForestReachMatchesWalk holds forestTree.reach, read leaf by leaf,
// to the walk down both sides of each split a box straddles: every tree
// of both models in random boxes whose edges are the trees' thresholds,
// values beside them or infinite, empty boxes among them; the same
// largest and smallest leaf to the bit, -Inf and +Inf for none.
func TestForestReachMatchesWalk(t *testing.T) {
	rng := fastRand(9, 10)
	for name, m := range forestModels() {
		fo := newForest(m.trees, m.check)
		var ths []float64
		for _, tr := range fo.scored {
			ths = append(ths, tr.at[1:len(tr.feat)]...)
		}
		edge := func() float64 {
			switch rng.IntN(5) {
			case 0:
				return math.Inf(1 - 2*rng.IntN(2))
			case 1:
				return rng.NormFloat64() * 3
			}
			return ths[rng.IntN(len(ths))]
		}
		none := 0
		for range 3000 {
			var lo, hi [forestFeatures]float64
			for j := range lo {
				lo[j], hi[j] = math.Inf(-1), math.Inf(1)
				if rng.IntN(3) == 0 {
					lo[j] = edge()
				}
				if rng.IntN(3) == 0 {
					hi[j] = edge()
				}
			}
			for k := range fo.scored {
				ft := &fo.scored[k]
				gotA, gotB := ft.reach(&lo, &hi)
				wantA, wantB := forestReachWalk(ft, &lo, &hi, 1)
				if math.Float64bits(gotA) != math.Float64bits(wantA) || math.Float64bits(gotB) != math.Float64bits(wantB) {
					t.Fatalf("%s, tree %d: reach %v, %v, the walk %v, %v", name, k, gotA, gotB, wantA, wantB)
				}
				if math.IsInf(wantA, -1) {
					none++
				}
			}
		}
		if none == 0 {
			t.Errorf("%s: no box left a tree no leaf", name)
		}
	}
}

// forestReachWalk is forestTree.reach by the walk: down each side of
// split i that some value of the box [lo, hi) goes.
func forestReachWalk(ft *forestTree, lo, hi *[forestFeatures]float64, i int) (most, least float64) {
	if i >= len(ft.feat) {
		return ft.at[i], ft.at[i]
	}
	most, least = math.Inf(-1), math.Inf(1)
	f, th := ft.feat[i], ft.at[i]
	if lo[f] < th {
		a, b := forestReachWalk(ft, lo, hi, 2*i+1)
		most, least = max(most, a), min(least, b)
	}
	if hi[f] > th {
		a, b := forestReachWalk(ft, lo, hi, 2*i)
		most, least = max(most, a), min(least, b)
	}
	return most, least
}

// TestForestLoadMatchesPlain holds forestLoad, which looks for NaNs only
// when the features' sum is NaN, to the plain copy that tests each
// feature: vectors of 0 to 70 features with NaNs of both signs, zeros of
// both signs (copied as they are: forestZero), infinities (alone and of
// both signs, whose sum is NaN) and ordinary values, loaded over a vector
// of leftovers; every slot the same to the bit.
func TestForestLoadMatchesPlain(t *testing.T) {
	rng := fastRand(11, 12)
	odd := []float64{math.NaN(), -math.NaN(), math.Copysign(0, -1), 0, math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64}
	for range 50000 {
		f := make([]float64, rng.IntN(71))
		for k := range f {
			f[k] = rng.NormFloat64() * 3
			if rng.IntN(20) == 0 {
				f[k] = odd[rng.IntN(len(odd))]
			}
		}
		var got, want [forestFeatures]float64
		for k := range got {
			got[k] = rng.NormFloat64()
			want[k] = got[k]
		}
		forestLoad(&got, f)
		for k, x := range f[:min(len(f), forestFeatures)] {
			if x != x {
				x = math.Inf(1)
			}
			want[k] = x
		}
		for k := range want {
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) {
				t.Fatalf("slot %d of %v loaded as %v, the plain copy %v", k, f, got[k], want[k])
			}
		}
	}
}

// leafAt adds a leaf for the box [lo, hi), every tree's reach computed
// afresh, and returns its number: the plain form of the narrowed reaches
// newForestBounds carries down, for the tests.
func (fb *forestBounds) leafAt(fo *forest, lo, hi *[forestFeatures]float64) int {
	return fb.leafFrom(fo, newForestReach(fo, lo, hi))
}
