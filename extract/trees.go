package extract

import (
	"fmt"
	"math"
	"math/bits"
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
// vector into an array of this length (forestLoad), which forestSum
// indexes with a split's feature. At 256 a feature is any uint8, as
// forestStep holds it, so the walk reads the array with no bounds check
// and no mask (at 64 each of a tree's three splits masked its feature
// with an AND of its own: 24 instructions a tree, 21 now; docs/quality.md,
// "Text speed, round forty-five"). Only the text model's scratch
// (textScratch.loaded) and the HTML model's questions hold such an array.
const forestFeatures = 256

// forest is trees laid out for scoring: each padded to a complete tree of
// forestDepth splits, its splits in level order from 1 (node i's
// children are 2i+1 on the left and 2i on the right, the bottom's
// children the leaves at 8 to 15) and its leaves in one small struct,
// walked without a branch (forestSum). The plain walk (treeLogit in
// boost_test.go, which logit must match) was 14% of flattened-page
// extraction time; this one takes under half as long (docs/quality.md,
// "Speed").
type forest struct {
	trees  [][]treeNode // as fitted, for printing
	scored []forestTree
	// walk holds scored's trees in order as forestSum walks them
	// (forestStep), through pointers: a tree's fields are then read at
	// offsets from one register.
	walk []*forestStep
	// looks is walk cut at every check trees, the runs summed between two
	// looks at the bounds (settle).
	looks [][]*forestStep
	// whole bounds what the trees can add for any block: one box, the
	// sums of their largest and smallest leaves (forestBounds with no
	// splits), which above reads.
	whole *forestBounds
	// check is how many trees above sums between looks at the bounds.
	check int
	// fours is set when check is 4 and the trees a multiple of it:
	// settle's looks are then taken inside the walk (forestLooks).
	fours bool
}

// forestTree is one tree of a forest. Its splits are at 1 to 7, slot 0
// unused, and its leaves at 8 to 15 of the same array, so that the walk's
// index, 1 to 7 at every level and 8 to 15 at the leaves, needs no bounds
// check and the leaf's no offset.
type forestTree struct {
	feat [1 << forestDepth]uint8 // under forestFeatures
	// at[1:8] are the splits' thresholds, finite, a zero as -0
	// (forestZero); at[8:] the leaves' values.
	at [2 << forestDepth]float64
}

// newForest lays trees out for scoring, above looking at its bounds every
// check trees (forestCheck, textForestCheck); nil for no trees. It panics
// on a tree deeper than forestDepth, which only a change to the fitting
// code can make, and on a check under 1.
func newForest(trees [][]treeNode, check int) *forest {
	if len(trees) == 0 {
		return nil
	}
	if check < 1 {
		panic(fmt.Sprintf("newForest: a look at the bounds every %d trees", check))
	}
	fo := &forest{trees: trees, scored: make([]forestTree, len(trees)), walk: make([]*forestStep, len(trees)), check: check,
		fours: check == 4 && len(trees)%4 == 0}
	steps := make([]forestStep, len(trees))
	for i, t := range trees {
		if d := treeDepth(t, 0); d > forestDepth {
			panic(fmt.Sprintf("newForest: tree %d has depth %d, over forestDepth %d", i, d, forestDepth))
		}
		for _, nd := range t {
			if nd.feature >= forestFeatures {
				panic(fmt.Sprintf("newForest: tree %d splits on feature %d, over forestFeatures %d", i, nd.feature, forestFeatures))
			}
			if nd.feature >= 0 && (math.IsInf(nd.threshold, 0) || math.IsNaN(nd.threshold)) {
				panic(fmt.Sprintf("newForest: tree %d splits at %v, which forestLeft cannot compare", i, nd.threshold))
			}
		}
		fo.scored[i].place(t, 0, 1)
		steps[i] = fo.scored[i].steps()
		fo.walk[i] = &steps[i]
	}
	for k := 0; k < len(fo.walk); k += check {
		fo.looks = append(fo.looks, fo.walk[k:min(k+check, len(fo.walk))])
	}
	fo.whole = newForestBounds(fo, nil)
	return fo
}

// treeDepth is the number of splits on the longest path from node n.
func treeDepth(t []treeNode, n int) int {
	if t[n].feature < 0 {
		return 0
	}
	return 1 + max(treeDepth(t, t[n].left), treeDepth(t, t[n].right))
}

// place puts node n of t at slot i of the complete layout (the root at
// 1, leaves from len(ft.feat) on), its left child at 2i+1 and its right
// at 2i, as forestLeft reads a split. A leaf above the bottom becomes
// splits whose every leaf holds its value, so either way the comparison
// goes gives the same sum.
func (ft *forestTree) place(t []treeNode, n, i int) {
	if i >= len(ft.feat) {
		ft.at[i] = t[n].value
		return
	}
	l, r := n, n
	if nd := t[n]; nd.feature >= 0 {
		ft.feat[i], ft.at[i] = uint8(nd.feature), forestZero(nd.threshold)
		l, r = nd.left, nd.right
	}
	ft.place(t, l, 2*i+1)
	ft.place(t, r, 2*i)
}

// forestStep is a forestTree as forestSum walks it: each level's
// features and thresholds, and the leaves, in fields of their own, so
// that the walk's index at a level (0 at the root, then the splits'
// answers, each a bit) reads them at the field's offset with no constant
// added to it (Go added such constants to a shared array's index with an
// instruction of their own). forestsum_amd64.s reads the same fields at
// the offsets go_asm.h gives them (forestStep_f1 and so on): at a level
// whose index is i (0; 0 or 1; 0 to 3) the feature's byte is at the
// field's offset plus i and the threshold at its offset plus 8i, and the
// leaf the third level's answer reaches at leaf's offset plus 8i (i 0 to
// 7); each index is the one before doubled plus the split's answer, 1
// for left (x < threshold), as forestLeft gives it.
type forestStep struct {
	f1   uint8
	f2   [2]uint8
	f3   [4]uint8
	t1   float64
	t2   [2]float64
	t3   [4]float64
	leaf [8]float64
}

// steps is ft laid out as forestStep: its slot 2+j at the second level's
// j, 4+j at the third's, 8+j at leaf j.
func (ft *forestTree) steps() forestStep {
	st := forestStep{f1: ft.feat[1], t1: ft.at[1]}
	for j := range st.f2 {
		st.f2[j], st.t2[j] = ft.feat[2+j], ft.at[2+j]
	}
	for j := range st.f3 {
		st.f3[j], st.t3[j] = ft.feat[4+j], ft.at[4+j]
	}
	for j := range st.leaf {
		st.leaf[j] = ft.at[8+j]
	}
	return st
}

// logit sums the leaves f reaches, as treeLogit does, in the same order.
func (fo *forest) logit(f []float64) float64 {
	if fo == nil {
		return 0
	}
	var g [forestFeatures]float64
	forestLoad(&g, f)
	return forestSum(fo.walk, &g, 0)
}

// above reports whether (base + logit(f)) / 2 > t: whether a model that
// averages a regression's log-odds base with the trees' keeps a block. It
// stops as soon as the trees left cannot change the answer, which the
// bounds of their sums tell (checked every fo.check trees); the answer
// is the same as the full sum's (TestForestAbove), within forestSlack of
// the threshold the sum is taken whole.
func (fo *forest) above(f []float64, base, t float64) bool {
	if fo == nil {
		return base/2 > t
	}
	return fo.aboveIn(fo.whole, f, base, t)
}

// forestCheck is how many trees above sums between looks at its bounds
// for the HTML model; textForestCheck for the text model. Its looks
// were every 16 trees while a look was a turn of settle's Go loop and a
// call of forestSum (docs/quality.md, "Text speed, seventh round": 16
// was 0.9 % faster on text than 8, 3-10 % slower on HTML); at 4 they
// are taken inside the walk (forestLooks), some 9 instructions each,
// and the text model's first questions sum 40.1 trees where they summed
// 45.6 (fifty-fourth session, docs/quality/text-extraction-4.md).
// forestSlack keeps above off answers that rounding could turn.
const (
	forestCheck     = 8
	textForestCheck = 4
	forestSlack     = 1e-6
)

// forestLoad copies the feature vector f into g as the walk compares it
// (forestLeft): NaN as +Inf, which goes right at every split as NaN does,
// and every other value as it is, -0 too (the splits' zeros are -0:
// forestZero). The copy sums the features on the way, and only a NaN sum
// (a NaN among them, or infinities of both signs) sends it over them
// again for the NaNs: a test of each feature for NaN in the copy was a
// third of its instructions, paid on every block (docs/quality.md, "Text
// speed, round twenty-two"). The copy takes two features a step, which
// halves the steps' count and test (round twenty-nine).
func forestLoad(g *[forestFeatures]float64, f []float64) {
	f = f[:min(len(f), forestFeatures)]
	sum := 0.0
	k := 0
	for ; k < len(f)-1; k += 2 {
		x, y := f[k], f[k+1]
		g[k], g[k+1] = x, y
		sum += x
		sum += y
	}
	if k < len(f) {
		g[k] = f[k]
		sum += f[k]
	}
	if sum != sum {
		for k, x := range f {
			if x != x {
				g[k] = math.Inf(1)
			}
		}
	}
}

// forestSumGo adds to z, tree by tree in order, the leaf f reaches in
// each of trees: forestSum in Go, for every GOARCH but amd64 (and under
// the purego tag; forestsum_other.go), where forestsum_amd64.s walks the
// same trees with a float comparison's carry (TestForestSumMatchesPlain
// holds both to the plain walk). The walk is written out in the loop: each split's
// answer is the sign of f - threshold (forestLeft), read as an integer,
// so that no comparison's flag is turned into a byte. Go does that with
// SETcc, which writes a register's lowest byte and so waits for its last
// writer: in a loop, the previous tree's leaf index, which chained every
// tree's walk to the one before (BenchmarkForest took 2.5 times as long;
// docs/quality.md, "Text speed, third round"). The sign bit is the step
// itself (left children at 2i+1) and the leaves share the thresholds'
// array, which saves the walk a third of its instructions but the
// loads (docs/quality.md, "Text speed, eighth round"). The trees come
// as pointers (forest.walk): walked from a slice of forestTree, each
// tree's address was the slice's base plus an index times its size, so
// that Go took five instructions a tree to form it and the addresses of
// its fields apart, where a pointer's fields are read at offsets from it
// (31 instructions a tree down to 26, and 25 with forestStep's fields;
// docs/quality.md, "Text speed, round twenty-nine"). Four trees are
// walked a step, their leaves added in order, so that the sum is the
// same to the bit (TestForestSumMatchesPlain): the loop's count, test
// and branch (and the reload of the trees' count, which the four walks'
// registers push to the stack) are then paid once for four trees, where
// two a step paid three for two; the bound of the steps is worked out
// once, indexes k to k+3 under it need no bounds check, and a count's
// last trees under four are read one by one by index (the text model's
// looks are 16 trees, the HTML model's 8: none left over but a forest's
// last look), where a loop over trees[k:], or trees cut by four at each
// step, cost more: Go keeps a cut slice's pointer in its bounds with
// instructions of its own. forestSum 28.12 -> 27.39 M of 100 wcxb-dev
// flat pages (docs/quality/text-extraction-3.md, "Text speed, the trees
// walked four a step", fiftieth session; two a step: 28.92 -> 28.12 M,
// docs/quality.md, "Text speed, the splits' zeros as -0 and the forest
// walked two trees a step").
func forestSumGo(trees []*forestStep, g *[forestFeatures]float64, z float64) float64 {
	gs := g[:] // g's nil check once, not in every tree's walk
	k, quads := 0, len(trees)-3
	for ; k < quads; k += 4 { // four trees a step, their leaves added in order
		t, u, v, w := trees[k], trees[k+1], trees[k+2], trees[k+3]
		i := forestLeft(gs[t.f1] - t.t1) // a uint8 under forestFeatures: no check
		j := forestLeft(gs[u.f1] - u.t1)
		l := forestLeft(gs[v.f1] - v.t1)
		m := forestLeft(gs[w.f1] - w.t1)
		i = 2*i + forestLeft(gs[t.f2[i]]-t.t2[i])
		j = 2*j + forestLeft(gs[u.f2[j]]-u.t2[j])
		l = 2*l + forestLeft(gs[v.f2[l]]-v.t2[l])
		m = 2*m + forestLeft(gs[w.f2[m]]-w.t2[m])
		i = 2*i + forestLeft(gs[t.f3[i]]-t.t3[i])
		j = 2*j + forestLeft(gs[u.f3[j]]-u.t3[j])
		l = 2*l + forestLeft(gs[v.f3[l]]-v.t3[l])
		m = 2*m + forestLeft(gs[w.f3[m]]-w.t3[m])
		z += t.leaf[i]
		z += u.leaf[j]
		z += v.leaf[l]
		z += w.leaf[m]
	}
	for ; k < len(trees); k++ { // the last trees under four, one by one
		t := trees[k]
		i := forestLeft(gs[t.f1] - t.t1)
		i = 2*i + forestLeft(gs[t.f2[i]]-t.t2[i])
		i = 2*i + forestLeft(gs[t.f3[i]]-t.t3[i])
		z += t.leaf[i]
	}
	return z
}

// forestLeft is 1 when d = x - threshold is negative, that is when x <
// threshold and the split sends x left to 2i+1, else 0, to 2i. It is
// exact for the values forestLoad and newForest leave: x finite or
// infinite, not NaN, and the threshold finite, a zero among them -0
// (forestZero). x - threshold is then zero only where they are equal,
// where it is +0 (x - x is +0, and so are -0 - -0 and +0 - -0), and
// otherwise has the sign of their difference (no subtraction of two
// different floats rounds to zero; -0 - t is -t for t not zero).
func forestLeft(d float64) int {
	return int(math.Float64bits(d) >> 63)
}

// forestZero is a split's threshold as the walk holds it: a zero as -0,
// so that x - threshold for x = -0 is +0, which goes right as 0 < 0 is
// false, where -0 - +0 is -0, whose sign bit went left. The features
// then need no -0 made +0 before the walk: forestLoad and textLogitLoad
// (now textLoadLogged) each did that with an addition and a store a
// feature: textLogitLoad 9.16 -> 5.32 M of 100 wcxb-dev flat pages
// (docs/quality.md, "Text speed, the splits' zeros as -0 and the forest
// walked two trees a step").
func forestZero(t float64) float64 {
	if t == 0 {
		return math.Copysign(0, -1)
	}
	return t
}

// forestBounds narrow a forest's bounds (forest.whole, one box) to the
// box of feature values a block falls in: a small tree over the
// features (splits, fitted on blocks only for speed: any splits give
// bounds that hold) leads to a leaf whose bounds sum, tree by tree, the
// largest and smallest leaf the box can reach. The whole forest's bounds
// let above settle a text block early seldom (some 82 of 100 trees
// summed a block); within the box of a block the trees' range is
// narrower and more blocks are settled at a look (docs/quality.md, "Text
// speed, thirteenth round").
type forestBounds struct {
	splits []forestBoundSplit // splits[0] the root; none for one leaf
	// full is splits laid out complete to forestBoundDepth, walked
	// without a branch (forestBoundWalk), and split by split below it;
	// nil for no splits or more than it numbers, which leaf walks split
	// by split from the root.
	full *forestBoundWalk
	// at[leaf] holds the leaf's bounds at each look of forest.above:
	// at[leaf][2c] what trees c*check on can add at most, at[leaf][2c+1]
	// at least.
	at [][]float64
}

// forestBoundSplit sends a block's loaded features g left when
// g[feat] < at, else right; a child under 0 is leaf ^child.
type forestBoundSplit struct {
	feat        int
	at          float64
	left, right int
}

// newForestBounds lays out the splits of nodes (treeNode's form, a leaf's
// feature -1 and value unused) over fo and sums each leaf's bounds. It
// panics on a split forestLoad's values could not be compared with.
func newForestBounds(fo *forest, nodes []treeNode) *forestBounds {
	fb := &forestBounds{}
	var lo, hi [forestFeatures]float64
	for j := range lo {
		lo[j], hi[j] = math.Inf(-1), math.Inf(1)
	}
	r := newForestReach(fo, &lo, &hi)
	if len(nodes) > 0 {
		fb.place(&forestPlacing{fo: fo, nodes: nodes, uses: forestUses(fo)}, 0, &lo, &hi, r)
		fb.full = newForestBoundWalk(fb)
	} else {
		fb.leafFrom(fo, r)
	}
	return fb
}

// forestPlacing is what place reads as it lays out a bound tree's nodes
// over fo: uses[f] lists the trees that split on feature f.
type forestPlacing struct {
	fo    *forest
	nodes []treeNode
	uses  [forestFeatures][]int
}

// forestUses lists, for each feature, the trees of fo that split on it:
// a tree's reach reads the box's edges for those features alone.
func forestUses(fo *forest) (uses [forestFeatures][]int) {
	for k := range fo.scored {
		var seen [forestFeatures]bool
		for _, f := range fo.scored[k].feat[1:] {
			if !seen[f] {
				seen[f] = true
				uses[f] = append(uses[f], k)
			}
		}
	}
	return uses
}

// place adds node n of p.nodes, within the box [lo, hi) whose reach is
// r, and returns its child index as forestBoundSplit reads it.
func (fb *forestBounds) place(p *forestPlacing, n int, lo, hi *[forestFeatures]float64, r forestReach) int {
	nd := p.nodes[n]
	if nd.feature < 0 {
		return ^fb.leafFrom(p.fo, r)
	}
	if nd.feature >= forestFeatures || math.IsInf(nd.threshold, 0) || math.IsNaN(nd.threshold) {
		panic(fmt.Sprintf("newForestBounds: node %d splits feature %d at %v", n, nd.feature, nd.threshold))
	}
	at := len(fb.splits)
	fb.splits = append(fb.splits, forestBoundSplit{feat: nd.feature, at: nd.threshold})
	f := nd.feature
	keep := hi[f]
	hi[f] = min(keep, nd.threshold)
	left := fb.place(p, nd.left, lo, hi, r.narrowed(p, f, lo, hi))
	hi[f] = keep
	keep = lo[f]
	lo[f] = max(keep, nd.threshold)
	right := fb.place(p, nd.right, lo, hi, r.narrowed(p, f, lo, hi))
	lo[f] = keep
	fb.splits[at].left, fb.splits[at].right = left, right
	return at
}

// forestReach is, tree by tree, the largest and smallest leaf a block in
// a box can reach (0 and 0 for a tree the box leaves no leaf of).
type forestReach struct {
	most, least []float64
}

// newForestReach is the reach of every tree of fo within [lo, hi).
func newForestReach(fo *forest, lo, hi *[forestFeatures]float64) forestReach {
	n := len(fo.scored)
	r := forestReach{make([]float64, n), make([]float64, n)}
	for k := range fo.scored {
		r.set(fo, k, lo, hi)
	}
	return r
}

// set is tree k's reach within [lo, hi).
func (r forestReach) set(fo *forest, k int, lo, hi *[forestFeatures]float64) {
	a, b := fo.scored[k].reach(lo, hi)
	if a < b { // an empty box: no block falls in it
		a, b = 0, 0
	}
	r.most[k], r.least[k] = a, b
}

// narrowed is r within [lo, hi), a box that differs from r's in feature
// f alone: only the trees that split on f reach other leaves. Narrowing
// so, the text model's bound tree of 459 leaves took about a quarter
// fewer instructions to lay out than every tree's reach at each leaf
// (docs/quality.md, "Text speed, round twenty-two").
func (r forestReach) narrowed(p *forestPlacing, f int, lo, hi *[forestFeatures]float64) forestReach {
	c := forestReach{slices.Clone(r.most), slices.Clone(r.least)}
	for _, k := range p.uses[f] {
		c.set(p.fo, k, lo, hi)
	}
	return c
}

// leafFrom adds a leaf for a box whose reach is r and returns its number.
func (fb *forestBounds) leafFrom(fo *forest, r forestReach) int {
	n := len(fo.scored)
	most, least := make([]float64, n+1), make([]float64, n+1)
	for k := n - 1; k >= 0; k-- {
		most[k], least[k] = most[k+1]+r.most[k], least[k+1]+r.least[k]
	}
	var at []float64
	for k := 0; k < n; k += fo.check {
		at = append(at, most[k], least[k])
	}
	fb.at = append(fb.at, at)
	return len(fb.at) - 1
}

// reach is the largest and smallest leaf that a block whose features lie
// in [lo, hi) can reach (+Inf at hi: forestLoad's NaN), -Inf and +Inf for
// none. A leaf is reached when the box sends some value its way at each
// of its three splits: each split that sends none to a side takes that
// side's leaves out of a mask of the eight. The walk down both sides of
// each split the box straddles, a call a node, cost twice as many
// instructions in laying out the text model's bounds (docs/quality.md,
// "Text speed, round twenty-two").
func (ft *forestTree) reach(lo, hi *[forestFeatures]float64) (most, least float64) {
	leaves := uint8(0xff) // bit l-8 for leaf l
	for i := 1; i < len(ft.feat); i++ {
		f := ft.feat[i] & (forestFeatures - 1)
		if !(lo[f] < ft.at[i]) { // none goes left
			leaves &^= forestUnder[2*i+1]
		}
		if !(hi[f] > ft.at[i]) { // none goes right
			leaves &^= forestUnder[2*i]
		}
	}
	most, least = math.Inf(-1), math.Inf(1)
	for ; leaves != 0; leaves &= leaves - 1 {
		v := ft.at[len(ft.feat)+bits.TrailingZeros8(leaves)]
		most, least = max(most, v), min(least, v)
	}
	return most, least
}

// forestUnder is, for each slot of a forestTree, the mask of the leaves
// under it (bit l-8 for leaf l): a slot's leaves are a run, the right
// child's (2i) before the left's (2i+1).
var forestUnder = [2 << forestDepth]uint8{
	1: 0xff,
	2: 0x0f, 3: 0xf0,
	4: 0x03, 5: 0x0c, 6: 0x30, 7: 0xc0,
	8: 0x01, 9: 0x02, 10: 0x04, 11: 0x08, 12: 0x10, 13: 0x20, 14: 0x40, 15: 0x80,
}

// leaf is the bounds' leaf for the loaded features g: by the complete
// layout's walk when fb has one (the fitted text model's; start reads it
// so itself), else split by split. A split's children are split indexes
// or leaves' (^leaf, negative), so that walk goes on while n, unsigned,
// is below the splits' count: that one comparison ends it at a leaf and
// stands for the index's bounds check, where n >= 0 and the check were
// two, some 2 of the 12 instructions a split over the text model's tree
// of 917 nodes (TestForestBoundsLeafMatchesPlain).
func (fb *forestBounds) leaf(g *[forestFeatures]float64) []float64 {
	if fb.full != nil {
		return fb.at[fb.full.leaf(g)]
	}
	n := 0
	splits := fb.splits
	if len(splits) == 0 {
		return fb.at[0]
	}
	gs := g[:] // g's nil check once, not at every split
	for uint(n) < uint(len(splits)) {
		s := &splits[n]
		if gs[s.feat&(forestFeatures-1)] < s.at {
			n = s.left
		} else {
			n = s.right
		}
	}
	return fb.at[^n]
}

// forestBoundDepth is the depth to which forestBoundWalk lays a bound
// tree out complete: the text model's fitted one (textBoundDepth) down
// to its fourteenth level, the rest walked split by split. At 14
// levels (1,515 boxes) the text model's first questions sum 28.98 trees
// of the odd wcxb-dev flat pages' blocks where 10 levels (459 boxes)
// summed 41.35: the four levels more cost some 24 instructions a
// question and spare about 12 trees of some 20 (forestLooks 21.03 ->
// 16.09 M, Extract 321.11 -> 316.69 M of 100 long wcxb-dev flat pages;
// fifty-fifth session, docs/quality/text-extraction-5.md). The layout
// is 176 KB, laid out once.
const forestBoundDepth = 14

// forestBoundWalk is a bound tree laid out as forestTree lays out a
// tree: complete to forestBoundDepth, its splits in level order from 1
// (node i's children 2i+1 on the left and 2i on the right), a leaf above
// the bottom made splits whose every way leads to it, and the bottom's
// children, 1<<forestBoundDepth on, each a leaf or a split below. The walk then takes
// every level, each a load, a subtraction and its sign (forestLeft), with
// no branch: the split by split walk of the text model's tree of 917
// nodes took some 10 instructions and a branch a split, 97 a question
// (forestBounds.leaf inlined into forest.start), where the ten levels
// take 54 with the call (docs/quality/text-extraction-2.md, "Text speed,
// the block model's bound tree walked complete without a branch"); the
// fourteen levels now take 88 of their own a question, where ten took
// 64 in the same count (fifty-fifth session). A tree deeper than
// forestBoundDepth goes on below the bottom split by split (rest): the
// text model's, fitted to sixteen levels, whose complete layout would be
// 704 KB where the fourteen levels take 176 KB; a question that reaches a
// leaf at the bottom pays one comparison more (forestBoundWalk.leaf 2.39
// -> 2.93 M, forestLooks 16.09 -> 14.50 M, Extract 312.06 -> 310.89 M of
// 100 long wcxb-dev flat pages; fifty-fifth session). Fitted to twenty
// levels (3,030 boxes, their bounds about 1.2 MB built once), the six
// levels below the layout cost the walk a little (forestBoundWalk.leaf
// 2.93 -> 3.36 M) and spare some five trees a question (forestLooks
// 14.50 -> 12.06 M, Extract 298.57 -> 296.15 M; fifty-sixth session,
// docs/quality/text-extraction-5.md).
type forestBoundWalk struct {
	feat [1 << forestBoundDepth]uint8   // under forestFeatures
	at   [1 << forestBoundDepth]float64 // finite, a zero as -0 (forestZero)
	// next[i - 1<<forestBoundDepth] is the child bottom slot i leads
	// to: a split of rest's index (the tree goes on), or ^leaf.
	next [1 << forestBoundDepth]int16
	rest []forestBoundSplit // the bound tree's splits, as forestBounds.splits
}

// newForestBoundWalk lays fb's splits out complete, or gives nil when
// they have more splits or leaves than an int16 numbers.
func newForestBoundWalk(fb *forestBounds) *forestBoundWalk {
	if len(fb.splits) == 0 || len(fb.splits) > 1<<15 || len(fb.at) > 1<<15 {
		return nil
	}
	w := &forestBoundWalk{rest: fb.splits}
	w.place(fb, 0, 1)
	return w
}

// place puts child n of fb (a split's index, or ^leaf) at slot i.
func (w *forestBoundWalk) place(fb *forestBounds, n, i int) {
	if i >= len(w.feat) {
		w.next[i-len(w.feat)] = int16(n)
		return
	}
	l, r := n, n // a leaf above the bottom: either way leads to it
	if n >= 0 {
		s := fb.splits[n]
		w.feat[i], w.at[i] = uint8(s.feat), forestZero(s.at)
		l, r = s.left, s.right
	}
	w.place(fb, l, 2*i+1)
	w.place(fb, r, 2*i)
}

// leaf is the number of the leaf the loaded features g reach. Each
// level's index is 2i plus a bit, under the array's length at the
// fourteen levels written out, which Go proves: no bounds check. Below
// them the walk goes on split by split as forestBounds.leaf does, while
// n, unsigned, is under rest's length: at a leaf (n negative) that is
// one comparison, not taken.
func (w *forestBoundWalk) leaf(g *[forestFeatures]float64) int {
	gs := g[:]
	i := 1
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	i = 2*i + forestLeft(gs[w.feat[i]]-w.at[i])
	n := int(w.next[i-len(w.feat)])
	for rest := w.rest; uint(n) < uint(len(rest)); {
		s := &rest[n]
		if gs[s.feat&(forestFeatures-1)] < s.at {
			n = s.left
		} else {
			n = s.right
		}
	}
	return ^n
}

// forestBoundLevels is how many levels forestBoundWalk.leaf writes out:
// a build with forestBoundDepth changed fails here, where the walk would
// stop above the bottom.
const forestBoundLevels = 14

var (
	_ [forestBoundDepth - forestBoundLevels]struct{}
	_ [forestBoundLevels - forestBoundDepth]struct{}
)

// aboveIn is above with the bounds of fb, fb laid out over fo: the same
// answer, from fewer trees when fb has boxes (above itself reads
// fo.whole, the one box every block falls in).
func (fo *forest) aboveIn(fb *forestBounds, f []float64, base, t float64) bool {
	var g [forestFeatures]float64
	forestLoad(&g, f)
	return fo.aboveRun(fb, &forestRun{}, &g, base, t)
}

// aboveWith is above with the features loaded into g, the caller's
// scratch, where above zeroes a fresh array on its stack each question:
// 2 KB since the array is forestFeatures long (the HTML model's 7,817
// questions on the 40 benchmark pages, 192 more STOSQ steps each;
// docs/quality.md, "HTML speed: the forest's 256-feature array").
// forestLoad writes g[:len(f)] and leaves the rest, so a scratch serves
// feature vectors of one length only; g nil is above.
func (fo *forest) aboveWith(g *[forestFeatures]float64, f []float64, base, t float64) bool {
	if fo == nil || g == nil {
		return fo.above(f, base, t)
	}
	forestLoad(g, f)
	return fo.aboveRun(fo.whole, &forestRun{}, g, base, t)
}

// logitWith is logit with the features loaded into g, as aboveWith.
func (fo *forest) logitWith(g *[forestFeatures]float64, f []float64) float64 {
	if fo == nil || g == nil {
		return fo.logit(f)
	}
	forestLoad(g, f)
	return forestSum(fo.walk, g, 0)
}

// forestRun is a block's way through a forest with bounds: its box's leaf
// of bounds (nil before the first question), the checks passed and the
// sum of the trees before the next. A block asked again at another bar
// (textModel.above) goes on from there, which gives the answer asking
// afresh does: a check that settles one bar's answer gives the full sum's.
type forestRun struct {
	at []float64
	j  int // checks passed: trees [0, j*check) are summed
	z  float64
}

// aboveRun is aboveIn going on from r, which it leaves where it stopped,
// for features g already loaded (forestLoad).
func (fo *forest) aboveRun(fb *forestBounds, r *forestRun, g *[forestFeatures]float64, base, t float64) bool {
	if r.at == nil {
		r.at = fb.leaf(g)
	}
	above, _ := fo.settle(r, g, base, t)
	return above
}

// start begins r, a block's first question, for features g already
// loaded: its box's leaf of bounds, and the first fo.check trees summed
// without a look at the bounds before them. On flattened pages that first
// look settled about 180 of 13,576 first questions (the box's bounds for every
// tree are wide; after the first trees the sum is known and the rest's
// bounds narrower), and skipping it costs those few the check's trees
// where it saved every other question the look (docs/quality.md, "Text
// speed, round forty-five"). A forest looked at every four trees
// (fo.fours, the text model's) sums none here and leaves the run before
// its first look: its looks are taken inside the walk (forestLooks),
// where the first is a few instructions and a call of forestSum for the
// first four trees cost a call's stores and loads more than the trees
// (fifty-fourth session, docs/quality/text-extraction-4.md). The answer
// is the full sum's either way: a look only stops the sum early.
func (fo *forest) start(fb *forestBounds, r *forestRun, g *[forestFeatures]float64) {
	if fb.full != nil { // leaf's complete walk, without leaf's call
		r.at = fb.at[fb.full.leaf(g)]
	} else {
		r.at = fb.leaf(g)
	}
	if fo.fours { // the first look is the walk's, not a call's
		r.j, r.z = 0, 0
		return
	}
	r.j = 1
	r.z = forestSum(fo.looks[0], g, 0)
}

// startAbove is start and aboveRun in one call, a block's first question
// (r fresh, g loaded): the same run and the same answer. For a forest
// looked at inside the walk (fo.fours) over a bound tree laid out
// complete (fb.full), the text model's, it walks the box's leaf and hands
// the run to forestLooks itself, where start, aboveRun and settle were
// three frames, each reading the run and the bounds again: some 29
// instructions fewer at each of 27,114 first questions of the 100 long
// wcxb-dev flat pages (textModel.above 37.32 -> 36.53 M; fifty-sixth
// session, docs/quality/text-extraction-5.md;
// TestForestStartMatchesFull). The walk, the looks and the answer are
// one call, forestStartAbove (on amd64 one assembly function, the bound
// tree's levels four instructions each): startAbove kept its arguments
// across the walk's call, zeroed the run and stored eight words for the
// looks' call, some 70 instructions of its own a first question
// (fifty-eighth session, docs/quality/text-extraction-5.md).
func (fo *forest) startAbove(fb *forestBounds, r *forestRun, g *[forestFeatures]float64, base, t float64) bool {
	if !fo.fours || fb.full == nil {
		fo.start(fb, r, g)
		return fo.aboveRun(fb, r, g, base, t)
	}
	above, leaf := forestStartAbove(fo, fb, g, r, base, t)
	r.at = fb.at[leaf] // start's run; the assembly writes no pointer
	return above
}

// settle sums the trees from r on, fo.check at a time, until r's bounds
// tell whether (base + the trees' sum) / 2 > t. With g nil it sums none:
// settled is false when the bounds at r do not tell. The run's checks
// are read from fo.looks and the bars worked out once: the trees' range
// for each check (a product, a min and a slice's three words) and the
// bars' slack at each were some 11 of the 60 instructions a look took
// (docs/quality.md, "Text speed, round forty-five").
func (fo *forest) settle(r *forestRun, g *[forestFeatures]float64, base, t float64) (above, settled bool) {
	need := 2*t - base // what the trees must sum to more than
	under, over := need-forestSlack, need+forestSlack
	at := r.at
	if fo.fours && g != nil { // the same looks, inside the walk
		if verdict := forestLooks(fo.walk, g, r, under, over); verdict != 0 {
			return verdict > 0, true
		}
		return (base+r.z)/2 > t, true
	}
	for ; r.j < len(fo.looks); r.j++ {
		c := 2 * r.j
		if r.z+at[c] < under {
			return false, true
		}
		if r.z+at[c+1] > over {
			return true, true
		}
		if g == nil {
			return false, false
		}
		r.z = forestSum(fo.looks[r.j], g, r.z)
	}
	return (base+r.z)/2 > t, true
}
