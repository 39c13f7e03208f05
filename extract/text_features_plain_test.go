package extract

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTextContextFeaturesMatchPlain holds textContext.features, which
// writes the span's features out and fills the block's own last, to its
// plain form (textContextFeaturesPlain: the own features first, the
// span's by textSpanFeaturesPlain), to the bit: every block of the seeds
// read by the text path, at the page's span and at random spans (none,
// the whole page, one block, a span past a section cue), each vector
// filled over NaNs as textModel.above fills the last question's.
func TestTextContextFeaturesMatchPlain(t *testing.T) {
	x := New(DefaultOptions())
	rng := rand.New(rand.NewPCG(52, 153))
	vectors := 0
	for k, tp := range textSeedPages(t, x) {
		n := len(tp.blocks)
		spans := [][2]int{{tp.first, tp.last}, {0, n}, {0, 0}, {n, n}, {n - 1, n}, {0, 1}}
		for range 20 {
			a := rng.IntN(n + 1)
			spans = append(spans, [2]int{a, a + rng.IntN(n+1-a)})
		}
		for _, span := range spans {
			c := newTextContext(tp.blocks, span[0], span[1])
			for i := range tp.blocks {
				var want, got [textNumFeatures]float64
				for j := range got {
					got[j] = math.NaN()
				}
				textContextFeaturesPlain(c, i, &want)
				c.features(i, &got)
				vectors++
				for j := range got {
					if math.Float64bits(got[j]) != math.Float64bits(want[j]) {
						t.Fatalf("seed page %d, span %v, block %d %q: feature %d is %v, plainly %v", k, span, i, tp.blocks[i].text, j, got[j], want[j])
					}
				}
			}
		}
	}
	if vectors < 1000 {
		t.Fatalf("%d vectors compared: the seeds under testdata/seeds are missing", vectors)
	}
}

// TestTextContextFeaturesCueSpan is TestTextContextFeaturesMatchPlain on
// a page with a section cue after its span (the features' endAfter), on
// every span of it.
func TestTextContextFeaturesCueSpan(t *testing.T) {
	blocks := textSplitBlocks(strings.Join([]string{
		"Home", "News", "Keel Street quay reopens after winter repairs",
		"The quay at Keel Street reopened on Monday after four months of repairs to its stone wall and the slipway.",
		"Fishermen who had moored at the harbour's far end said the walk back with their catch had been long.",
		"Related stories", "Ferry crossing ends after ninety years", "Share this:", "© Harbour Ledger",
	}, "\n"))
	n := len(blocks)
	for first := 0; first <= n; first++ {
		for last := first; last <= n; last++ {
			c := newTextContext(blocks, first, last)
			for i := range blocks {
				var want, got [textNumFeatures]float64
				textContextFeaturesPlain(c, i, &want)
				c.features(i, &got)
				if got != want {
					t.Fatalf("span [%d, %d), block %d: %v, plainly %v", first, last, i, got, want)
				}
			}
		}
	}
}

// textContextFeaturesPlain is textContext.features as it read before the
// fifty-second session: the block's own features first, the span's in
// a function of their own.
func textContextFeaturesPlain(c *textContext, i int, f *[textNumFeatures]float64) {
	blocks, first, last := c.blocks, c.first, c.last
	n := len(blocks)
	prose, proseW, short := c.prose, c.proseW, c.short
	textOwnFeatures(&blocks[i], f)
	lo, hi := max(0, i-textWindow), min(n, i+textWindow+1)
	f[17] = float64(prose[hi]-prose[lo]) / float64(hi-lo)
	f[18] = float64(short[hi]-short[lo]) / float64(hi-lo)
	f[13], f[15] = 0, 0
	if i > 0 {
		f[13] = math.Log1p(float64(blocks[i-1].words))
		f[15] = textBoolPlain(blocks[i-1].sentEnd)
	}
	f[14], f[16] = 0, 0
	if i+1 < n {
		f[14] = math.Log1p(float64(blocks[i+1].words))
		f[16] = textBoolPlain(blocks[i+1].sentEnd)
	}
	textSpanFeaturesPlain(i, first, last, c.endAfter, n, f)
	f[35], f[36] = 0, 0
	if i >= first && i < last {
		spanW := float64(max(proseW[last]-proseW[first], 1))
		f[35] = float64(proseW[last]-proseW[i+1]) / spanW
		f[36] = float64(proseW[i]-proseW[first]) / spanW
	}
	f[37] = math.Log1p(float64(proseW[min(n, i+1+2*textWindow)] - proseW[i+1]))
}

// textSpanFeaturesPlain places block i relative to the heuristic span,
// setting each of its features.
func textSpanFeaturesPlain(i, first, last, endAfter, n int, f *[textNumFeatures]float64) {
	f[12] = float64(i) / float64(n)
	switch {
	case i >= first && i < last:
		f[11] = 1
		f[19] = float64(i-first) / float64(last-first)
		f[28] = textBoolPlain(i == first)
		f[29] = textBoolPlain(i == last-1)
		f[20] = 0
	case i < first:
		f[11], f[19], f[28], f[29] = 0, 0, 0, 0
		f[20] = math.Log1p(float64(first - i))
	default:
		f[11], f[19], f[28], f[29] = 0, 0, 0, 0
		f[20] = math.Log1p(float64(i - last + 1))
	}
	f[21] = textBoolPlain(i > endAfter)
}

// TestTextContextFeaturesLargeCounts is TestTextContextFeaturesMatchPlain
// where the four logarithms' counts pass textLog1pTable, which the
// seeds' never do: neighbours of 1,020 to 1,028 words, a span more than
// 1,024 blocks away, prose of over 1,024 words in the ten blocks after.
func TestTextContextFeaturesLargeCounts(t *testing.T) {
	const n = 1100
	blocks := make([]textBlock, n)
	for i := range blocks {
		b := &blocks[i]
		b.text = "A line of the page."
		b.words = 2 + i%7
		switch i % 5 {
		case 0:
			b.words = 1020 + i%9 // around the table's end: 1,020 to 1,028
			b.sentEnd = true
		case 2:
			b.sentEnd, b.marks = true, 1
			b.words = 90 + i%40
		}
	}
	large := 0
	for _, span := range [][2]int{{0, 1}, {n - 1, n}, {1040, 1050}, {3, 7}, {0, 0}} {
		c := newTextContext(blocks, span[0], span[1])
		for i := range blocks {
			var want, got [textNumFeatures]float64
			textContextFeaturesPlain(c, i, &want)
			c.features(i, &got)
			if got != want {
				t.Fatalf("span %v, block %d: %v, plainly %v", span, i, got, want)
			}
			if want[13] > math.Log1p(1023) || want[20] > math.Log1p(1023) || want[37] > math.Log1p(1023) {
				large++
			}
		}
	}
	if large < 100 {
		t.Fatalf("%d vectors with a count past the table: the page does not pass the logarithms' table", large)
	}
}
