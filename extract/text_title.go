package extract

import (
	"math"
	"strings"

	"github.com/storyfold/storyfold/news"
)

// The headline is chosen among the headline-like blocks above the body
// (and its first few) by a logistic regression over where the block sits,
// how it is written, and how many of its words the URL slug and the
// body's opening share. Its weights (textTitleWeights) are fitted by
// TestTextTrain on the wcxb-dev pages whose gold title is one of their
// blocks.

// textTitleFeatures is the length of a title candidate's feature vector.
const textTitleFeatures = 16

// textTitleBodyWords is how much of the body's opening the overlap reads.
const textTitleBodyWords = 300

// textTitleCandidates returns the blocks that may be the headline.
func textTitleCandidates(blocks []textBlock, first int) []int {
	var out []int
	for i := max(0, first-textTitleWindow); i < min(len(blocks), first+textTitleBelow); i++ {
		b := textTitleHead(&blocks[i])
		if b.url == "" && textIsHeadline(b) && !textIsByline(b.text) && !textDateIn(b.text) {
			out = append(out, i)
		}
	}
	return out
}

// textTitleVector describes candidate i (the rank-th nearest to the body).
func textTitleVector(b *textBlock, i, rank, first, n int, slug, body map[string]bool) [textTitleFeatures]float64 {
	var f [textTitleFeatures]float64
	f[0] = 1
	f[1] = 1 - float64(max(first-i, i-first))/float64(textTitleWindow+1)
	f[2] = textBoolF(i > first)
	f[3] = textBoolF(i == first)
	f[4] = textBoolF(b.caps*2 >= b.words)
	f[5] = textBoolF(b.dup > 0)
	f[6] = textSlugOverlap(b.text, slug)
	f[7] = textBodyOverlap(b.text, body)
	f[8] = textBoolF(b.words > 15)
	f[9] = math.Log1p(float64(b.words))
	f[10] = textBoolF(b.words < 5)
	f[11] = float64(i) / float64(n)
	f[12] = 1 / float64(rank+1)
	f[13] = textBoolF(strings.Contains(b.text, " | ") || strings.Contains(b.text, " - "))
	f[14] = textBoolF(strings.HasSuffix(b.text, "?"))
	f[15] = float64(b.stop) / float64(max(b.words, 1))
	return f
}

// textTitleVectors returns the candidates and their feature vectors.
func textTitleVectors(p news.Page, blocks []textBlock, first, last int) ([]int, [][textTitleFeatures]float64) {
	cands := textTitleCandidates(blocks, first)
	if len(cands) == 0 {
		return nil, nil
	}
	slug := textSlugWords(p.URL)
	body := textBodyWords(blocks, first, last)
	vecs := make([][textTitleFeatures]float64, len(cands))
	for k, i := range cands {
		rank := 0 // candidates nearer the body than this one
		for _, j := range cands {
			if max(first-j, j-first) < max(first-i, i-first) {
				rank++
			}
		}
		vecs[k] = textTitleVector(textTitleHead(&blocks[i]), i, rank, first, len(blocks), slug, body)
	}
	return cands, vecs
}

// textTitleMinLogit is the log-odds under which no candidate is taken
// for the headline: seed 004 has none, and its best candidate, a caption
// inside the body, scores -3.0. On wcxb-dev flat articles -3.0 gives 478
// exact titles of 793, -2.5 473, -2.0 461.
const textTitleMinLogit = -2.5

// textTitleText is the headline a candidate block states: its first
// line, when flattening joined a line starting in lower case to it ("by
// Jane Doe", "recommended by ..."): 33 wcxb-dev article titles are such
// a first line. A block that ends a sentence is a sentence broken at a
// link (seed 001), not a headline with a byline.
func textTitleText(b *textBlock) string {
	if i := strings.IndexByte(b.text, '\n'); i >= 0 && !b.sentEnd {
		return b.text[:i]
	}
	return b.text
}

// textTitleHead is the block a candidate's features are read from: the
// block itself, or its first line (see textTitleText) as a block.
func textTitleHead(b *textBlock) *textBlock {
	if b.sentEnd || !strings.Contains(b.text, "\n") {
		return b
	}
	h := textNewBlock(textTitleText(b))
	h.dup = b.dup
	return &h
}

// textFindTitle returns the index of the headline block, or -1.
func textFindTitle(p news.Page, blocks []textBlock, first, last int) int {
	cands, vecs := textTitleVectors(p, blocks, first, last)
	best, bestZ := -1, textTitleMinLogit
	for k, i := range cands {
		z := 0.0
		for j := range vecs[k] {
			z += vecs[k][j] * textTitleWeights[j]
		}
		if z > bestZ {
			best, bestZ = i, z
		}
	}
	return best
}
