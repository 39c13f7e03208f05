package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textTwoTitleCands is the candidate set the give-way rules' tests ask:
// the first two blocks are the candidates, the third the body's first,
// and only candidate strong clears the bar (feature 0 weighs 1 and is 50
// on strong alone, whatever bar the model sets).
func textTwoTitleCands(blocks []textBlock, strong int) *textTitleCandidates {
	vecs := make([][textTitleFeatures]float64, 2)
	vecs[strong][0] = 50
	return &textTitleCandidates{blocks: blocks, cands: []int{0, 1}, vecs: vecs, first: 2, w: &[textTitleFeatures]float64{1}}
}

// textFlatTitle is the title Extract gives the wcxb-dev flat page id
// read without its URL, as the title rules' page tests read them.
func textFlatTitle(t *testing.T, x *Extractor, dir, id string) string {
	t.Helper()
	flat, err := os.ReadFile(filepath.Join(dir, "flat", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := x.Extract(news.Page{ID: id, Format: news.FormatText, Content: flat})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return a.Title
}
