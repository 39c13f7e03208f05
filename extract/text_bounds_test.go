package extract

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestForestBoundsMatchAbove holds forest.aboveIn with the fitted bounds
// (and with bounds of random splits) to the full sum: at every look the
// leaf's bounds hold the full sum, and aboveIn answers as the full sum
// does at bars near it, on the seeds' block vectors and on random
// vectors with features on the trees' thresholds or next to them. It
// fails when a leaf's bounds are too narrow for a block in its box, or a
// block is led to a leaf whose box it is not in.
func TestForestBoundsMatchAbove(t *testing.T) {
	rng := fastRand(13, 5)
	fo := textForest
	var ats []textBoundCut
	for _, tr := range fo.scored {
		for i := 1; i < len(tr.feat); i++ {
			ats = append(ats, textBoundCut{int(tr.feat[i]), tr.at[i]})
		}
	}
	var vectors [][]float64
	for _, tp := range textSeedPages(t, New(DefaultOptions())) {
		c := newTextContext(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			var f [textNumFeatures]float64
			c.features(i, &f)
			vectors = append(vectors, f[:])
		}
	}
	if len(vectors) < 100 {
		t.Fatalf("%d block vectors from the seeds", len(vectors))
	}
	for range 20000 {
		f := make([]float64, textNumFeatures)
		copy(f, vectors[rng.IntN(len(vectors))])
		for range rng.IntN(8) { // some features on a threshold, next to it, or NaN
			s := ats[rng.IntN(len(ats))]
			f[s.f] = []float64{s.at, math.Nextafter(s.at, math.Inf(-1)), math.Nextafter(s.at, math.Inf(1)), math.NaN(), rng.Float64()*4 - 1}[rng.IntN(5)]
		}
		vectors = append(vectors, f)
	}
	random := func() []treeNode { // a random tree of splits, depth 5
		var nodes []treeNode
		var grow func(d int) int
		grow = func(d int) int {
			at := len(nodes)
			nodes = append(nodes, treeNode{feature: -1})
			if d == 0 {
				return at
			}
			s := ats[rng.IntN(len(ats))]
			l := grow(d - 1)
			r := grow(d - 1)
			nodes[at] = treeNode{feature: s.f, threshold: s.at, left: l, right: r}
			return at
		}
		grow(5)
		return nodes
	}
	early := 0
	for round := range 6 {
		fb := textForestBounds()
		if round > 0 {
			fb = newForestBounds(fo, random())
		}
		for _, f := range vectors {
			var g [forestFeatures]float64
			forestLoad(&g, f)
			at := fb.leaf(&g)
			sum := fo.logit(f)
			for k, c := 0, 0; k < len(fo.scored); k, c = k+fo.check, c+2 {
				z := forestSum(fo.walk[:k], &g, 0)
				if sum > z+at[c]+forestSlack || sum < z+at[c+1]-forestSlack {
					t.Fatalf("round %d, look at %d trees: the full sum %v outside [%v, %v] (f %v)", round, k, sum, z+at[c+1], z+at[c], f)
				}
			}
			base := rng.NormFloat64() * 3
			for _, d := range []float64{-3, -1, -0.1, -1e-3, 1e-3, 0.1, 1, 3} {
				bar := (base+sum)/2 + d
				want := (base+sum)/2 > bar
				if got := fo.aboveIn(fb, f, base, bar); got != want {
					t.Fatalf("round %d: aboveIn %v, the full sum %v (f %v, base %v, bar %v)", round, got, want, f, base, bar)
				}
				if at[0] < 2*bar-base-forestSlack || at[1] > 2*bar-base+forestSlack {
					early++
				}
			}
		}
	}
	if early < 1000 {
		t.Fatalf("only %d answers settled at the first look: the test reaches too little", early)
	}
}

// textBoundCut is a split of the trees, feature f at at.
type textBoundCut struct {
	f  int
	at float64
}

// TestTextBounds fits textBoundSplits on the wcxb-dev flat pages' blocks
// (run with -train): greedily, the split of a leaf's box that leaves
// forest.aboveIn the fewest trees to sum for the blocks in it, at the
// text model's bar, scored on the even page ids and reported on the odd.
func TestTextBounds(t *testing.T) {
	if !*train {
		t.Skip("fits the text model's bound splits; run with -train")
	}
	set := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	paths, _ := filepath.Glob(filepath.Join(set, "flat", "*.txt"))
	fo := textForest
	x := New(DefaultOptions())
	var even, odd []*textBoundBlock
	for n, p := range paths {
		content, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tp := x.textAnalyse(news.Page{}, string(content), new(textScratch))
		if len(tp.blocks) == 0 || tp.clean {
			continue
		}
		c := newTextContext(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			if tp.blocks[i].cue != textCueNone {
				continue
			}
			var f [textNumFeatures]float64
			c.features(i, &f)
			b := &textBoundBlock{need: 2*textKeepLogit - textLogit(&f, &textWeights)}
			forestLoad(&b.g, f[:])
			for k := 0; k < len(fo.scored); k += fo.check {
				b.z = append(b.z, forestSum(fo.walk[:k], &b.g, 0))
			}
			if n%2 == 0 {
				even = append(even, b)
			} else {
				odd = append(odd, b)
			}
		}
	}
	seen := map[textBoundCut]bool{}
	var cands []textBoundCut
	for _, tr := range fo.scored {
		for i := 1; i < len(tr.feat); i++ {
			if s := (textBoundCut{int(tr.feat[i]), tr.at[i]}); !seen[s] {
				seen[s] = true
				cands = append(cands, s)
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		return cands[a].f < cands[b].f || cands[a].f == cands[b].f && cands[a].at < cands[b].at
	})
	var nodes []treeNode
	var lo, hi [forestFeatures]float64
	for j := range lo {
		lo[j], hi[j] = math.Inf(-1), math.Inf(1)
	}
	cost := textBoundGrow(fo, &nodes, even, cands, &lo, &hi, textBoundDepth)
	fb := newForestBounds(fo, nodes)
	oddCost := 0
	for _, b := range odd {
		oddCost += b.trees(fo, fb.leaf(&b.g))
	}
	one := newForestBounds(fo, nil)
	before := [2]int{}
	for h, bs := range [][]*textBoundBlock{even, odd} {
		for _, b := range bs {
			before[h] += b.trees(fo, one.leaf(&b.g))
		}
	}
	t.Logf("trees summed a block: even %.1f -> %.1f, odd %.1f -> %.1f (%d leaves)",
		float64(before[0])/float64(len(even)), float64(cost)/float64(len(even)),
		float64(before[1])/float64(len(odd)), float64(oddCost)/float64(len(odd)), len(fb.at))
	fmt.Print("\n// textBoundSplits are the text model's bound splits (forestBounds), fitted by TestTextBounds.\nvar textBoundSplits = []treeNode{\n")
	for i, n := range nodes {
		fmt.Printf("\t{%d, %v, %d, %d, 0}, // %d\n", n.feature, n.threshold, n.left, n.right, i)
	}
	fmt.Print("}\n")
}

// textBoundDepth is the depth of the fitted bound splits. The greedy
// fit's splits do not depend on the depth it stops at, so a deeper fit
// holds a shallower one as its top: on the wcxb-dev flat pages' blocks
// (fitted on the even ids, counted on the odd) the trees a block sums
// fell 40.95 at 10 levels (41.35 with the tree fitted before), 37.58 at 11, 34.35 at 12, 31.40 at 13, 28.98
// at 14, 24.79 at 16 (fifty-fifth session,
// docs/quality/text-extraction-5.md) and 19.5 at 20 (3,030 boxes where
// 16 levels had 2,119; fifty-sixth session); forestBoundWalk lays it out
// complete to forestBoundDepth (14) and walks the six levels below split
// by split, which spares the 11 MB a complete layout of twenty levels
// would take.
const textBoundDepth = 20

// textBoundBlock is a block as TestTextBounds reads it: its loaded
// features, what the trees must sum to more than, and the trees' sums
// at each look.
type textBoundBlock struct {
	g    [forestFeatures]float64
	need float64
	z    []float64
}

// trees is how many trees aboveIn sums for b with the bounds at.
func (b *textBoundBlock) trees(fo *forest, at []float64) int {
	for c := range b.z {
		if b.z[c]+at[2*c] < b.need-forestSlack || b.z[c]+at[2*c+1] > b.need+forestSlack {
			return c * fo.check
		}
	}
	return len(fo.scored)
}

// textBoundCost is how many trees the blocks bs in the box [lo, hi) sum.
func textBoundCost(fo *forest, bs []*textBoundBlock, lo, hi *[forestFeatures]float64) int {
	fb := &forestBounds{}
	fb.leafAt(fo, lo, hi)
	n := 0
	for _, b := range bs {
		n += b.trees(fo, fb.at[0])
	}
	return n
}

// textBoundGrow adds to nodes the splits of the box [lo, hi) holding bs
// and returns the trees its leaves leave to sum.
func textBoundGrow(fo *forest, nodes *[]treeNode, bs []*textBoundBlock, cands []textBoundCut, lo, hi *[forestFeatures]float64, depth int) int {
	at := len(*nodes)
	*nodes = append(*nodes, treeNode{feature: -1})
	cost := textBoundCost(fo, bs, lo, hi)
	if depth == 0 || len(bs) < 50 {
		return cost
	}
	split := func(s textBoundCut) (l, r []*textBoundBlock) {
		for _, b := range bs {
			if b.g[s.f] < s.at {
				l = append(l, b)
			} else {
				r = append(r, b)
			}
		}
		return l, r
	}
	best, bestCost := -1, cost-200 // a split must save 200 trees
	for j, s := range cands {
		if !(s.at > lo[s.f] && s.at < hi[s.f]) {
			continue
		}
		l, r := split(s)
		keepLo, keepHi := lo[s.f], hi[s.f]
		hi[s.f] = s.at
		c := textBoundCost(fo, l, lo, hi)
		hi[s.f], lo[s.f] = keepHi, s.at
		c += textBoundCost(fo, r, lo, hi)
		lo[s.f] = keepLo
		if c < bestCost {
			best, bestCost = j, c
		}
	}
	if best < 0 {
		return cost
	}
	s := cands[best]
	l, r := split(s)
	keepLo, keepHi := lo[s.f], hi[s.f]
	hi[s.f] = s.at
	left := len(*nodes)
	cost = textBoundGrow(fo, nodes, l, cands, lo, hi, depth-1)
	hi[s.f], lo[s.f] = keepHi, s.at
	right := len(*nodes)
	cost += textBoundGrow(fo, nodes, r, cands, lo, hi, depth-1)
	lo[s.f] = keepLo
	(*nodes)[at] = treeNode{feature: s.f, threshold: s.at, left: left, right: right}
	return cost
}

// TestTextModelAskedAgain holds the block model's questions kept in the
// page's context (textContext.asked: a block asked again goes on from
// where its run stopped) to each question asked afresh: every block of
// the seeds asked at bars from 3 below to 3 above its full log-odds,
// in an order that goes up and down, on one context, against a new
// context for each question. It fails when a kept run answers from a
// wrong sum or log-odds, or settles without trees a question its bounds
// leave open, or keeps them for another model.
func TestTextModelAskedAgain(t *testing.T) {
	x := New(DefaultOptions())
	m := x.text
	offsets := []float64{-3, -0.01, 3, 0.01, -0.3, 1e-3, -1, 1, -1e-3, 0.3}
	resumed := 0
	for k, tp := range textSeedPages(t, x) {
		c := newTextContext(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			full := m.logit(newTextContext(tp.blocks, tp.first, tp.last), i)
			for _, d := range offsets {
				bar := full + d
				kept := c.asked != nil && c.asked[i].run.at != nil
				got := m.above(c, i, bar)
				want := m.above(newTextContext(tp.blocks, tp.first, tp.last), i, bar)
				if got != want {
					t.Fatalf("seed page %d block %d %q at bar %v (log-odds %v): asked again %v, afresh %v", k, i, tp.blocks[i].text, bar, full, got, want)
				}
				if kept {
					resumed++
				}
			}
		}
	}
	other := m
	other.trees = newForest(textTrees, textForestCheck) // the same trees, another forest
	c := newTextContext([]textBlock{{text: "Harbourton"}}, 0, 1)
	m.above(c, 0, 0)
	if c.askedFor(other, 0) != nil {
		t.Error("a context asked of one model keeps its runs for another")
	}
	if resumed < 500 {
		t.Fatalf("only %d questions asked again: the test reaches too little", resumed)
	}
}

// textSeedPages are the seeds read by x's text path up to the block
// model, those with blocks.
func textSeedPages(t *testing.T, x *Extractor) []textPage {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var out []textPage
	for _, p := range paths {
		content, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if tp := x.textAnalyse(news.Page{}, string(content), new(textScratch)); len(tp.blocks) > 0 {
			out = append(out, tp)
		}
	}
	return out
}

// TestTextModelLoadedRoom holds the block model's answers from the
// scratch's room (textContext.loaded: the features written and loaded
// there, in place, its tail never written) to the plain forest's on a
// vector of its own: every block of the seeds at bars around its
// log-odds, with one scratch for all the pages, as the text path keeps
// it. It fails when the room is not cleared before a block's features
// are written, or its tail is written.
func TestTextModelLoadedRoom(t *testing.T) {
	x := New(DefaultOptions())
	m := x.text
	s := newTextScratch()
	asked := 0
	for k, tp := range textSeedPages(t, x) {
		c := newTextContextIn(tp.blocks, tp.first, tp.last, s)
		for i := range tp.blocks {
			var f [textNumFeatures]float64
			c.features(i, &f)
			z := textLogit(&f, m.weights)
			for _, d := range []float64{-3, 0.01, -0.3, 1, -0.01, 0.3, -1, 3} {
				bar := z + d
				if got, want := m.above(c, i, bar), m.trees.above(f[:], z, bar); got != want {
					t.Fatalf("seed page %d block %d %q at bar %v (log-odds %v): from the room %v, plainly %v", k, i, tp.blocks[i].text, bar, z, got, want)
				}
				asked++
			}
		}
		if tail := s.loaded[textNumFeatures:]; slices.ContainsFunc(tail, func(v float64) bool { return v != 0 }) {
			t.Fatalf("after seed page %d the room's tail is %v, not zero", k, tail)
		}
	}
	if asked < 1000 {
		t.Fatalf("only %d questions asked: the test reaches too little", asked)
	}
}
