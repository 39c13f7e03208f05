package extract

import (
	"math"
	"strings"
	"testing"
)

// TestTextFeaturesFillEvery checks that textContext.features sets every
// feature of a block's vector: filled over a vector of NaNs, as
// textModel.above fills the last question's vector without clearing it,
// each block's features are those filled over zeros, to the bit, for
// blocks first and last on the page, before, inside and after the span.
func TestTextFeaturesFillEvery(t *testing.T) {
	page := strings.Join([]string{
		"Home", "News", "Keel Street quay reopens after winter repairs",
		"The quay at Keel Street reopened on Monday after four months of repairs to its stone wall and the slipway.",
		"Fishermen who had moored at the harbour's far end said the walk back with their catch had been long.",
		"The council said the work came in under its budget of two hundred thousand pounds.",
		"Related", "Ferry crossing ends after ninety years", "Share this:", "© Harbour Ledger",
	}, "\n")
	blocks := textSplitBlocks(page)
	n := len(blocks)
	for _, span := range [][2]int{{3, 6}, {0, n}, {2, 3}, {0, 1}, {n - 1, n}} {
		c := newTextContext(blocks, span[0], span[1])
		for i := range blocks {
			var zero, dirty [textNumFeatures]float64
			for k := range dirty {
				dirty[k] = math.NaN()
			}
			c.features(i, &zero)
			c.features(i, &dirty)
			for k := range zero {
				if math.Float64bits(zero[k]) != math.Float64bits(dirty[k]) {
					t.Errorf("span %v, block %d: feature %d is %v over NaNs, %v over zeros", span, i, k, dirty[k], zero[k])
				}
			}
		}
	}
}
