package extract

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
)

// Gradient-boosted trees for the block models (trees.go), fitted by
// TestHTMLTrain and TestTextTrain: each round fits one small tree to the
// logistic loss's gradient (second-order, as XGBoost does) over binned
// features.

// boostBins is how many thresholds each feature is tried at (quantiles).
const boostBins = 24

type boostData struct {
	x      [][]float64 // each example's features
	y, w   []float64
	nf     int         // features per example
	cuts   [][]float64 // thresholds tried per feature
	bins   [][]uint8   // each example's bin per feature
	lambda float64
	// minChild is the least hessian weight either side of a split holds.
	minChild float64
}

// newBoostData bins the examples x (each of the same length) with labels
// y and weights w.
func newBoostData(x [][]float64, y, w []float64) *boostData {
	d := &boostData{x: x, y: y, w: w, lambda: 1, minChild: 1}
	if len(x) > 0 {
		d.nf = len(x[0])
	}
	d.cuts = make([][]float64, d.nf)
	vals := make([]float64, 0, len(d.x))
	for k := range d.nf {
		vals = vals[:0]
		for i := 0; i < len(d.x); i += 7 {
			vals = append(vals, d.x[i][k])
		}
		sort.Float64s(vals)
		var cuts []float64
		for b := 1; b < boostBins; b++ {
			v := vals[b*len(vals)/boostBins]
			if v > vals[0] && (len(cuts) == 0 || v > cuts[len(cuts)-1]) {
				cuts = append(cuts, v)
			}
		}
		d.cuts[k] = cuts
	}
	d.bins = make([][]uint8, len(d.x))
	for i, x := range d.x {
		d.bins[i] = make([]uint8, d.nf)
		for k := range d.nf {
			d.bins[i][k] = uint8(sort.SearchFloat64s(d.cuts[k], math.Nextafter(x[k], math.Inf(1))))
		}
	}
	return d
}

// boostFit fits rounds trees of the given depth with learning rate lr.
func boostFit(d *boostData, rounds, depth int, lr float64) [][]treeNode {
	z := make([]float64, len(d.x))
	g := make([]float64, len(d.x))
	h := make([]float64, len(d.x))
	var trees [][]treeNode
	idx := make([]int, len(d.x))
	for r := 0; r < rounds; r++ {
		for i := range z {
			p := 1 / (1 + math.Exp(-z[i]))
			g[i] = (p - d.y[i]) * d.w[i]
			h[i] = max(p*(1-p), 1e-6) * d.w[i]
			idx[i] = i
		}
		var t []treeNode
		d.grow(&t, idx, g, h, depth, lr)
		for i := range z {
			z[i] += treeLogit(d.x[i], [][]treeNode{t})
		}
		trees = append(trees, t)
	}
	return trees
}

// grow appends the node for the examples idx to t and returns its index.
func (d *boostData) grow(t *[]treeNode, idx []int, g, h []float64, depth int, lr float64) int {
	var G, H float64
	for _, i := range idx {
		G += g[i]
		H += h[i]
	}
	me := len(*t)
	*t = append(*t, treeNode{feature: -1, value: -lr * G / (H + d.lambda)})
	if depth == 0 || len(idx) < 40 {
		return me
	}
	bestGain, bestK, bestB := 0.0, -1, 0
	parent := G * G / (H + d.lambda)
	for k := range d.nf {
		nb := len(d.cuts[k]) + 1
		if nb < 2 {
			continue
		}
		var hg, hh [boostBins + 1]float64
		for _, i := range idx {
			b := d.bins[i][k]
			hg[b] += g[i]
			hh[b] += h[i]
		}
		var gl, hl float64
		for b := 0; b < nb-1; b++ {
			gl += hg[b]
			hl += hh[b]
			gr, hr := G-gl, H-hl
			if hl < d.minChild || hr < d.minChild {
				continue
			}
			if gain := gl*gl/(hl+d.lambda) + gr*gr/(hr+d.lambda) - parent; gain > bestGain {
				bestGain, bestK, bestB = gain, k, b
			}
		}
	}
	if bestK < 0 {
		return me
	}
	var left, right []int
	for _, i := range idx {
		if int(d.bins[i][bestK]) <= bestB {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	// bin b holds values up to cuts[b] (inclusive of values < cuts[b]);
	// the split is feature < cuts[bestB].
	l := d.grow(t, left, g, h, depth-1, lr)
	r := d.grow(t, right, g, h, depth-1, lr)
	(*t)[me] = treeNode{feature: bestK, threshold: d.cuts[bestK][bestB], left: l, right: r}
	return me
}

// printTrees prints trees as the Go source of a variable of type
// [][]typ named name.
func printTrees(name, typ string, trees [][]treeNode) {
	fprintTrees(os.Stdout, name, typ, trees)
}

// fprintTrees writes trees to w as printTrees prints them.
func fprintTrees(w io.Writer, name, typ string, trees [][]treeNode) {
	fmt.Fprintf(w, "var %s = [][]%s{\n", name, typ)
	for _, t := range trees {
		fmt.Fprint(w, "\t{")
		for i, n := range t {
			if i > 0 {
				fmt.Fprint(w, ", ")
			}
			fmt.Fprintf(w, "{%d, %.6g, %d, %d, %.6g}", n.feature, plusZero(n.threshold), n.left, n.right, plusZero(n.value))
		}
		fmt.Fprint(w, "},\n")
	}
	fmt.Fprint(w, "}\n")
}

// plusZero is v with a negative zero made positive: a fit can split at
// -0, which the compiled file reads back as 0, and the generated-file
// checks compare the file with what the shipped numbers print.
func plusZero(v float64) float64 {
	if v == 0 {
		return 0
	}
	return v
}

// treeLogit sums the leaves the block's features f reach: the plain walk
// that forest.logit must match, used on trees as they grow.
func treeLogit(f []float64, trees [][]treeNode) float64 {
	z := 0.0
	for _, t := range trees {
		n := &t[0]
		for n.feature >= 0 {
			if f[n.feature] < n.threshold {
				n = &t[n.left]
			} else {
				n = &t[n.right]
			}
		}
		z += n.value
	}
	return z
}
