package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/internal/hashtab"
	"github.com/storyfold/storyfold/textnorm"
)

// textTitleTopicWords are the words the random pages of
// TestTextTitleTopicKeysMatchText are drawn from: content words in
// several cases, stopwords, short words, numbers, accents and marks.
var textTitleTopicWords = strings.Fields("Harbours harbours walking WALKING the of and by 2026 12th Café café Über tides ferry a to it's north-coast Tide")

// TestTextTitleTopicKeysMatchText holds textTitleTopic, which reads the
// content words of the body and of a candidate from the keys their
// blocks' reader kept, to textTitleTopicFromTexts, which scans every text
// again, on 3,000 random pages whose lines now and then run on
// into the next (a block of two lines, whose title head is cut from it
// and has no keys of its own), every block a candidate, the body a
// random span.
func TestTextTitleTopicKeysMatchText(t *testing.T) {
	rng := fastRand(39, 33)
	var sc textnorm.WordScanner
	kept, cut := 0, 0
	for n := range 3000 {
		lines := make([]string, 2+rng.IntN(12))
		for i := range lines {
			ws := make([]string, 1+rng.IntN(9))
			for j := range ws {
				ws[j] = textTitleTopicWords[rng.IntN(len(textTitleTopicWords))]
			}
			if rng.IntN(3) == 0 {
				ws[0] = "and" // runs on from a line that ends mid-sentence
			}
			lines[i] = strings.Join(ws, " ")
			if rng.IntN(2) == 0 {
				lines[i] += "."
			}
		}
		blocks := textSplitBlocks(strings.Join(lines, "\n"))
		cands := make([]int, len(blocks))
		heads := make([]*textBlock, len(blocks))
		for i := range blocks {
			cands[i] = i
			heads[i] = textTitleHead(&blocks[i])
			if heads[i] != &blocks[i] {
				cut++
			} else if heads[i].keys != nil {
				kept++
			}
		}
		first := rng.IntN(len(blocks))
		last := first + rng.IntN(len(blocks)-first+1)
		got := make([][textTitleFeatures]float64, len(blocks))
		textTitleTopic(blocks, cands, heads, got, first, last, &sc)
		want := textTitleTopicFromTexts(blocks, cands, heads, first, last)
		for k := range cands {
			if got[k][textTitleTopicAt] != want[k] {
				t.Fatalf("page %d, candidate %q (body %d-%d): topic %v, want %v from the texts", n, heads[k].text, first, last, got[k][textTitleTopicAt], want[k])
			}
		}
	}
	if kept == 0 || cut == 0 {
		t.Fatalf("%d heads read from kept keys, %d cut from their blocks: want both", kept, cut)
	}
	t.Logf("%d heads read from kept keys, %d cut from their blocks", kept, cut)
}

// textTitleTopicFromTexts is textTitleTopic's topic feature with every word
// scanned from the texts: the body's blocks' and each candidate's head's.
func textTitleTopicFromTexts(blocks []textBlock, cands []int, heads []*textBlock, first, last int) []float64 {
	var sc textnorm.WordScanner
	counts := hashtab.New[int32]()
	for j := first; j < last; j++ {
		addContentCounts(counts, blocks[j].text, &sc)
	}
	topic := make([]float64, len(cands))
	for k, i := range cands {
		own := int32(textBool(i >= first && i < last))
		sum, n := 0.0, 0
		textContentKeys(heads[k].text, &sc, func(key uint64) {
			c, _ := counts.Get(key)
			sum += math.Log1p(float64(max(0, c-own)))
			n++
		})
		topic[k] = sum / float64(max(n, 1))
	}
	return topic
}
