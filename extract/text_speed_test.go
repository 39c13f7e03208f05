package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// The tests here hold the text path's fast paths to their plain
// definitions on real pages: the seeds always, and the wcxb-dev flat
// pages when the shared data is present.

// textSpeedPages returns the seed pages and, when the shared data is
// present, every wcxb-dev flat page, each with its URL when known.
func textSpeedPages(t *testing.T) []news.Page {
	t.Helper()
	var pages []news.Page
	add := func(pattern string) {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, news.Page{ID: p, Format: news.FormatText, Content: b})
		}
	}
	add(filepath.Join("..", "testdata", "seeds", "*.txt"))
	root := os.Getenv("STORYFOLD_DATA")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "data")
	}
	add(filepath.Join(root, "extract", "wcxb-dev", "flat", "*.txt"))
	if testing.Short() && len(pages) > 200 {
		pages = pages[:200]
	}
	return pages
}

// TestTextClassifyMatchesAllVectors holds textClassify, which fills a
// feature vector only for the blocks it asks the model about, to the
// model's answer on every block's vector from textFeatures with the
// trees summed whole.
func TestTextClassifyMatchesAllVectors(t *testing.T) {
	x := New(DefaultOptions())
	m := x.text
	for _, p := range textSpeedPages(t) {
		tp := x.textAnalyse(p, string(p.Content))
		got := textClassify(tp.blocks, tp.first, tp.last, m)
		feats := textFeatures(tp.blocks, tp.first, tp.last)
		for i := range tp.blocks {
			b := &tp.blocks[i]
			z := (textLogit(&feats[i], m.weights) + m.trees.logit(feats[i][:])) / 2
			want := i >= tp.first && i < tp.last && textIsProseSentence(b) || textIsRepeatedLead(tp.blocks, i) ||
				b.cue == textCueNone && z > textKeepLogit
			if got[i] != want {
				t.Fatalf("%s block %d %q: kept %v, the model on every vector says %v", p.ID, i, b.text, got[i], want)
			}
		}
	}
}
