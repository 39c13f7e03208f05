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
	rng := rand.New(rand.NewPCG(1, 2))
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
	rng := rand.New(rand.NewPCG(5, 6))
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
				z := forestSum(fo.scored[:check], &g, 0)
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
	rng := rand.New(rand.NewPCG(1, 2))
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
