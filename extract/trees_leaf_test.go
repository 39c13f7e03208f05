package extract

import (
	"math"
	"testing"
)

// leafPlain is forestBounds.leaf as it walked before: on while n >= 0,
// each split read with its bounds check.
func (fb *forestBounds) leafPlain(g *[forestFeatures]float64, seen []bool) []float64 {
	n := 0
	if len(fb.splits) == 0 {
		return fb.at[0]
	}
	for n >= 0 {
		seen[n] = true
		s := fb.splits[n]
		if g[s.feat&(forestFeatures-1)] < s.at {
			n = s.left
		} else {
			n = s.right
		}
	}
	return fb.at[^n]
}

// depth is the number of splits on the longest path from child n (a
// split's index, or ^leaf).
func (fb *forestBounds) depth(n int) int {
	if n < 0 {
		return 0
	}
	s := fb.splits[n]
	return 1 + max(fb.depth(s.left), fb.depth(s.right))
}

// steer moves features of f so that f takes a random way down fb's
// splits, each split's side drawn by rng: left the largest float under
// its threshold, right the threshold itself, both inside the box the
// splits above leave. Drawn feature by feature alone, a vector seldom
// reaches the deep splits of a bound tree of 14 levels or more.
func (fb *forestBounds) steer(f []float64, rng interface{ IntN(int) int }) {
	fb.steerFrom(f, 0, rng)
}

// steerFrom is steer from split n down.
func (fb *forestBounds) steerFrom(f []float64, n int, rng interface{ IntN(int) int }) {
	for n >= 0 {
		n = fb.steerAt(f, n, rng.IntN(2) == 0)
	}
}

// steerAt moves f to split n's left side (the largest float under its
// threshold) or right side (the threshold) and returns the child it
// leads to.
func (fb *forestBounds) steerAt(f []float64, n int, left bool) int {
	s := fb.splits[n]
	if v := f[s.feat]; left && !(v < s.at) {
		f[s.feat] = math.Nextafter(s.at, math.Inf(-1))
	} else if !left && v < s.at {
		f[s.feat] = s.at
	}
	if f[s.feat] < s.at {
		return s.left
	}
	return s.right
}

// steerTo is steer with the way down to split target taken first: each
// split above it sends f the side that leads there (up[n] is split n's
// parent and whether n is its left child), and the way below target is
// drawn. Steered at random alone, a vector reaches a split at the
// twentieth level about once in half a million.
func (fb *forestBounds) steerTo(f []float64, up []forestBoundUp, target int, rng interface{ IntN(int) int }) {
	var way []int
	for n := target; n != 0; n = up[n].parent {
		way = append(way, n)
	}
	for k := len(way) - 1; k >= 0; k-- {
		fb.steerAt(f, up[way[k]].parent, up[way[k]].left)
	}
	fb.steerFrom(f, target, rng)
}

// forestBoundUp is a split's parent and side in a bound tree.
type forestBoundUp struct {
	parent int
	left   bool
}

// ups is every split's parent and side (the root's zero).
func (fb *forestBounds) ups() []forestBoundUp {
	up := make([]forestBoundUp, len(fb.splits))
	for n, s := range fb.splits {
		if s.left >= 0 {
			up[s.left] = forestBoundUp{n, true}
		}
		if s.right >= 0 {
			up[s.right] = forestBoundUp{n, false}
		}
	}
	return up
}

// TestForestBoundsLeafMatchesPlain holds leaf's one unsigned comparison
// a split to the plain walk: on the text model's fitted bound tree, with
// features loaded from values on its thresholds, next to them, NaN (read
// as +Inf) and random, a quarter of them steered down a random way of the
// tree (steer) and half down the way to a split drawn at random, then on
// at random (steerTo), each vector must reach the same leaf, and every
// split, the last among them, must be walked through. A walk that stops
// one split early or reads a leaf's number as a split's fails, and so
// does a complete layout (forestBoundWalk, which leaf takes for the
// fitted tree, complete to forestBoundDepth and split by split below)
// with a split's children swapped or a threshold one float off; so the
// fitted tree must be deeper than the complete layout.
func TestForestBoundsLeafMatchesPlain(t *testing.T) {
	fb := textForestBounds()
	if len(fb.splits) == 0 {
		t.Fatal("the text model's bounds have no split")
	}
	if fb.full == nil {
		t.Fatal("the text model's bounds are not laid out complete: leaf walks them split by split")
	}
	if d := fb.depth(0); d <= forestBoundDepth {
		t.Fatalf("the text model's bound tree has %d levels, within the complete layout's %d: its walk below them goes untested", d, forestBoundDepth)
	}
	byFeat := map[int][]float64{}
	for _, s := range fb.splits {
		f := s.feat & (forestFeatures - 1)
		byFeat[f] = append(byFeat[f], s.at)
	}
	rng := fastRand(75, 917)
	seen := make([]bool, len(fb.splits))
	up := fb.ups()
	f := make([]float64, textNumFeatures)
	for range 1000000 {
		for k := range f {
			ats := byFeat[k]
			if len(ats) == 0 || rng.IntN(8) == 0 {
				f[k] = []float64{math.NaN(), rng.NormFloat64() * 3, 0, math.Copysign(0, -1)}[rng.IntN(4)]
				continue
			}
			at := ats[rng.IntN(len(ats))]
			f[k] = []float64{at, math.Nextafter(at, math.Inf(-1)), math.Nextafter(at, math.Inf(1))}[rng.IntN(3)]
		}
		switch rng.IntN(4) {
		case 1:
			fb.steer(f, rng)
		case 2, 3:
			fb.steerTo(f, up, rng.IntN(len(fb.splits)), rng)
		}
		var g [forestFeatures]float64
		forestLoad(&g, f)
		got, want := fb.leaf(&g), fb.leafPlain(&g, seen)
		if &got[0] != &want[0] {
			t.Fatalf("leaf of %v: not the plain walk's", f)
		}
	}
	for n, ok := range seen {
		if !ok {
			t.Fatalf("split %d of %d never walked through", n, len(fb.splits))
		}
	}
}
