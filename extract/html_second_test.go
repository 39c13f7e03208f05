package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// The flat path's opinion of each rendered block, measured as a feature
// of the HTML block model in the forty-third session
// (docs/quality/html-extraction.md; not kept): htmlFlatVerdicts reads
// what the flat extractor kept of the page's rendered blocks
// (htmlFlatPass), htmlFlatOdds the flat block model's log-odds for each
// block alone (no title, metadata or body rules).

// htmlFlatVerdicts is, for each block of page, how much of it the flat
// body holds: the share of its word 4-grams in body, or for a block of
// under four words 1 when its words stand in body as they are.
func htmlFlatVerdicts(page []block, body string) []float64 {
	bw := textnorm.Words(body)
	joined := " " + strings.Join(bw, " ") + " "
	bag := make(map[uint64]bool)
	for _, h := range textnorm.Shingles(bw, 4) {
		bag[h] = true
	}
	out := make([]float64, len(page))
	for i, b := range page {
		words := textnorm.Words(b.text)
		if len(words) < 4 {
			out[i] = textBoolF(len(words) > 0 && strings.Contains(joined, " "+strings.Join(words, " ")+" "))
			continue
		}
		sh := textnorm.Shingles(words, 4)
		in := 0
		for _, h := range sh {
			if bag[h] {
				in++
			}
		}
		out[i] = float64(in) / float64(len(sh))
	}
	return out
}

// htmlFlatOdds is the flat block model's log-odds for each block of page,
// read on the blocks' text features as the HTML path's feature 22 reads
// them, within ±6.
func htmlFlatOdds(page []block) []float64 {
	tb := htmlTextBlocks(page)
	tf, tl := textBestSpan(tb)
	text := textFeatures(tb, tf, tl)
	m := textDefaultModel()
	out := make([]float64, len(page))
	for i := range text {
		z := (textLogit(&text[i], m.weights) + m.trees.logit(text[i][:])) / 2
		out[i] = max(min(z, 6), -6)
	}
	return out
}

func TestHTMLFlatVerdicts(t *testing.T) {
	page := []block{{text: "The council voted on Tuesday to close the bridge."}, {text: "Share this"}, {text: "More stories from our site today"}}
	got := htmlFlatVerdicts(page, "The council voted on Tuesday to close the bridge.\n\nShare this")
	if got[0] != 1 || got[1] != 1 || got[2] != 0 {
		t.Errorf("verdicts %v, want [1 1 0]", got)
	}
}

// BenchmarkHTMLFlatOdds is htmlFlatOdds alone over BenchmarkHTML's pages,
// rendered before the loop, beside BenchmarkHTMLFlatPass: the cheap form
// of the flat path's opinion (callgrind with --toggle-collect on
// htmlFlatOdds). In classifyBody the blocks' text features are already
// read for feature 22, so only the model's scoring would be new there.
func BenchmarkHTMLFlatOdds(b *testing.B) {
	pages := benchRenderedPages(b)
	benchSteadyWindow()
	for b.Loop() {
		for _, pg := range pages {
			htmlFlatOdds(pg)
		}
	}
	b.ReportMetric(float64(len(pages)), "pages")
}
