package extract

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

// treeLogit sums the leaves the block's features f reach.
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
