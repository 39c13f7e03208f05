package extract

import (
	"fmt"
	"slices"
)

// Boosted trees, the second half of the HTML and text block models (each
// the mean of a logistic regression's and the trees' log-odds), fitted by
// boostFit (boost_test.go) on the block examples of wcxb-dev.

// treeNode is one node of a boosted tree: a split on feature < threshold
// (left) or not (right), or, when feature is -1, a leaf adding value to
// the block's log-odds. Children index the tree's own nodes.
type treeNode struct {
	feature     int
	threshold   float64
	left, right int
	value       float64
}

// htmlNode is the name html_weights.go, generated before the text model
// had trees, gives treeNode.
type htmlNode = treeNode

// forestDepth is the depth of every tree in a forest: the fitted models'
// (htmlTreeDepth, and TestTextTrees' trees), shallower trees padded to it.
const forestDepth = 3 // logit's steps are written out for it

// forestFeatures bounds the length of the feature vectors a forest reads
// (the text model's 38, the HTML model's 60): logit and above copy a
// vector into an array of this length and leaf masks each split's feature
// to it, so the walk reads it without a bounds check.
const forestFeatures = 64

// forest is trees laid out for scoring: each padded to a complete tree of
// forestDepth splits, its splits in level order (node i's children are
// 2i+1 and 2i+2) and its leaves in one small struct, walked without a
// branch (logit). The plain walk (treeLogit in boost_test.go, which logit
// must match) was 14% of flattened-page extraction time; this one takes
// under half as long (docs/quality.md, "Speed").
type forest struct {
	trees  [][]treeNode // as fitted, for printing
	scored []forestTree
	// most[k] and least[k] bound what trees k on can add: the sums of
	// their largest and smallest leaves.
	most, least []float64
}

// forestTree is one tree of a forest.
type forestTree struct {
	feat   [1<<forestDepth - 1]uint8 // under forestFeatures
	thr    [1<<forestDepth - 1]float64
	leaves [1 << forestDepth]float64
}

// newForest lays trees out for scoring; nil for no trees. It panics on a
// tree deeper than forestDepth, which only a change to the fitting code
// can make.
func newForest(trees [][]treeNode) *forest {
	if len(trees) == 0 {
		return nil
	}
	fo := &forest{trees: trees, scored: make([]forestTree, len(trees))}
	for i, t := range trees {
		if d := treeDepth(t, 0); d > forestDepth {
			panic(fmt.Sprintf("newForest: tree %d has depth %d, over forestDepth %d", i, d, forestDepth))
		}
		for _, nd := range t {
			if nd.feature >= forestFeatures {
				panic(fmt.Sprintf("newForest: tree %d splits on feature %d, over forestFeatures %d", i, nd.feature, forestFeatures))
			}
		}
		fo.scored[i].place(t, 0, 0)
	}
	fo.most, fo.least = make([]float64, len(trees)+1), make([]float64, len(trees)+1)
	for k := len(trees) - 1; k >= 0; k-- {
		lv := fo.scored[k].leaves[:]
		fo.most[k] = fo.most[k+1] + slices.Max(lv)
		fo.least[k] = fo.least[k+1] + slices.Min(lv)
	}
	return fo
}

// treeDepth is the number of splits on the longest path from node n.
func treeDepth(t []treeNode, n int) int {
	if t[n].feature < 0 {
		return 0
	}
	return 1 + max(treeDepth(t, t[n].left), treeDepth(t, t[n].right))
}

// place puts node n of t at slot i of the complete layout. A leaf above
// the bottom becomes splits whose every leaf holds its value, so either
// way the comparison goes gives the same sum.
func (ft *forestTree) place(t []treeNode, n, i int) {
	inner := len(ft.feat)
	if i >= inner {
		ft.leaves[i-inner] = t[n].value
		return
	}
	l, r := n, n
	if nd := t[n]; nd.feature >= 0 {
		ft.feat[i], ft.thr[i] = uint8(nd.feature), nd.threshold
		l, r = nd.left, nd.right
	}
	ft.place(t, l, 2*i+1)
	ft.place(t, r, 2*i+2)
}

// logit sums the leaves f reaches, as treeLogit does, in the same order.
func (fo *forest) logit(f []float64) float64 {
	if fo == nil {
		return 0
	}
	var g [forestFeatures]float64
	copy(g[:], f)
	return forestSum(fo.scored, &g, 0)
}

// above reports whether (base + logit(f)) / 2 > t: whether a model that
// averages a regression's log-odds base with the trees' keeps a block. It
// stops as soon as the trees left cannot change the answer, which the
// bounds of their sums tell (checked every forestCheck trees); the answer
// is the same as the full sum's (TestForestAbove), within forestSlack of
// the threshold the sum is taken whole.
func (fo *forest) above(f []float64, base, t float64) bool {
	if fo == nil {
		return base/2 > t
	}
	need := 2*t - base // what the trees must sum to more than
	var g [forestFeatures]float64
	copy(g[:], f)
	z := 0.0
	for k := 0; k < len(fo.scored); k += forestCheck {
		if z+fo.most[k] < need-forestSlack {
			return false
		}
		if z+fo.least[k] > need+forestSlack {
			return true
		}
		z = forestSum(fo.scored[k:min(k+forestCheck, len(fo.scored))], &g, z)
	}
	return (base+z)/2 > t
}

// forestCheck is how many trees above sums between looks at its bounds;
// forestSlack keeps it off answers that rounding could turn.
const (
	forestCheck = 8
	forestSlack = 1e-6
)

// forestSum adds to z, tree by tree in order, the leaf f reaches in
// each of trees. It is kept out of line so that the call to leaf for each
// tree spills only this loop's few values, where inside above it spilled
// all of above's (some 30 instructions a tree, as many as the walk).
//
//go:noinline
func forestSum(trees []forestTree, f *[forestFeatures]float64, z float64) float64 {
	for k := range trees {
		z += trees[k].leaf(f)
	}
	return z
}

// leaf is the value of the leaf f reaches. A split sends f right when
// !(f < threshold), NaN included, as treeLogit does; the forestDepth
// steps are written out (a loop cost a tenth more). The walk stays a
// function of its own: written into forestSum's loop it took fewer
// instructions but 2.5 times as long (BenchmarkForest), since the byte
// SETcc writes for each comparison keeps the register's old value, there
// the previous tree's leaf index, and so chained every tree's walk to the
// one before; here each tree's comparisons start afresh.
//
//go:noinline
func (t *forestTree) leaf(f *[forestFeatures]float64) float64 {
	const inner, feats = 1<<forestDepth - 1, forestFeatures - 1
	i := 1 + textBool(!(f[t.feat[0]&feats] < t.thr[0]))
	i = 2*i + 1 + textBool(!(f[t.feat[i&inner]&feats] < t.thr[i&inner]))
	i = 2*i + 1 + textBool(!(f[t.feat[i&inner]&feats] < t.thr[i&inner]))
	return t.leaves[(i-inner)&inner]
}
