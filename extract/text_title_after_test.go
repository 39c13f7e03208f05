package extract

import "testing"

// TestTextTitleAfterDoesNotAllocate holds textTitleAfter to rules called
// by name: called through a list of functions, the candidates escaped to
// the heap, one allocation a page. No line is taken on the invented
// page (at is -1), where no rule allocates of its own.
func TestTextTitleAfterDoesNotAllocate(t *testing.T) {
	blocks := textNewBlocks("Home", "The council votes on the new park", "The council met on Monday to vote on the plan for a new park.")
	cands := []int{1}
	vecs := make([][textTitleFeatures]float64, 1)
	allocs := testing.AllocsPerRun(100, func() {
		textTitleAfter(&textTitleCandidates{
			blocks: blocks, cands: cands, vecs: vecs, first: 2, clean: true, w: &textTitleWeights,
		}, -1)
	})
	if allocs != 0 {
		t.Fatalf("textTitleAfter: %v allocations a call, want 0 (do the candidates escape?)", allocs)
	}
}
