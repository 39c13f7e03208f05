package extract

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// textTopicRandomPage is a flat page of random lines over a small
// vocabulary: headings, menu items and paragraphs, words repeated
// across them, digits and stopwords among them.
func textTopicRandomPage(r *rand.Rand) string {
	words := []string{"harbour", "harbours", "walking", "walk", "ferry", "tide", "tides", "the", "and", "of",
		"coast", "Coastal", "cape", "river", "2026", "eleven", "stage", "benches", "winter", "summer",
		"Newsletter", "Search", "about", "cafe", "boots", "headlands", "western", "eastern", "a", "to"}
	var lines []string
	for range 5 + r.IntN(40) {
		n := 1 + r.IntN(6)
		if r.IntN(3) == 0 {
			n = 15 + r.IntN(40)
		}
		line := make([]string, n)
		for j := range line {
			line[j] = words[r.IntN(len(words))]
		}
		s := strings.Join(line, " ")
		if n > 10 {
			s = strings.ToUpper(s[:1]) + s[1:] + "."
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n\n")
}

// textTopicAgrees checks that the topic feature of every title
// candidate of flat (read without a URL) is the plain count's
// (textTitleTopicFromTexts, every text scanned again), with the blocks'
// kept keys and without them (read from the text).
func textTopicAgrees(t *testing.T, flat string) (cands int) {
	t.Helper()
	p := news.Page{Format: news.FormatText, Content: []byte(flat)}
	tp := New(DefaultOptions()).textAnalyse(p, flat, new(textScratch))
	for _, keep := range []bool{true, false} {
		blocks := tp.blocks
		if !keep {
			blocks = append([]textBlock(nil), tp.blocks...)
			for j := range blocks {
				blocks[j].keys = nil
			}
		}
		cs, vecs := textTitleVectors(p, blocks, tp.first, tp.last)
		heads := make([]*textBlock, len(cs))
		for k, i := range cs {
			heads[k] = textTitleHead(&blocks[i])
		}
		want := textTitleTopicFromTexts(blocks, cs, heads, tp.first, tp.last)
		for k := range cs {
			if got, w := vecs[k][textTitleTopicAt], want[k]; math.Float64bits(got) != math.Float64bits(w) {
				t.Errorf("keys kept %v, candidate %q: topic %v, plain count %v", keep, blocks[cs[k]].text, got, w)
			}
		}
		cands = len(cs)
	}
	return cands
}

// TestTextTitleTopicFast: the candidates' words counted alone
// (textTopicCounts) give each candidate the topic the plain count of
// the whole body gives, on the invented walking posts, on a page whose
// headline word the body states 300 times and on random pages.
func TestTextTitleTopicFast(t *testing.T) {
	const menu, headline = "Coastal Trails Newsletters", "Harbours Worth Walking"
	pages := []string{
		textTitleTopicPage(menu, textTitleTopicPitch, headline, "By Ann Roe"),
		textTitleTopicPage(menu, textTitleTopicPitch, "Walks", headline),
		textTitleTopicPage("Search Coastal Trails", "Harbours Worth Walking\nby Ann Roe"),
		textTitleTopicPage(headline, strings.Repeat("The harbours and the harbours again. ", 150)),
	}
	for _, flat := range pages {
		if textTopicAgrees(t, flat) == 0 {
			t.Errorf("no title candidate on %q", flat[:80])
		}
	}
	r := fastRand(34, 40)
	seen := 0
	for range 300 {
		seen += textTopicAgrees(t, textTopicRandomPage(r))
	}
	if seen < 300 {
		t.Errorf("random pages gave %d title candidates in all; want 300 or more", seen)
	}
}

// TestTextTitleLogitTail: the 2026-11-30 title model weighs nothing from
// textTitleTopicAt on, which textTitleLogit's shorter sum relies on, and
// the sum four terms a step is the plain one, bit for bit, for both
// models.
func TestTextTitleLogitTail(t *testing.T) {
	for j := textTitleTopicAt; j < textTitleFeatures; j++ {
		if textTitleWeights[j] != 0 {
			t.Fatalf("textTitleWeights[%d] = %v; textTitleLogit skips it", j, textTitleWeights[j])
		}
	}
	r := fastRand(4, 12)
	for range 1000 {
		var v [textTitleFeatures]float64
		for j := range v {
			v[j] = r.NormFloat64() * float64(r.IntN(3))
		}
		for _, w := range []*[textTitleFeatures]float64{&textTitleWeights, &textTitleTextWeights} {
			z := 0.0
			for j := range v {
				z += v[j] * w[j]
			}
			if got := textTitleLogit(&v, w); math.Float64bits(got) != math.Float64bits(z) {
				t.Fatalf("textTitleLogit = %v, plain sum %v", got, z)
			}
		}
	}
}

// TestTextTitleNoSlugRunsMatchPlain checks textTitleNoSlug's copies in
// runs (textTitleNoSlugCopy) against textTitleNoSlugOf's feature by
// feature copy.
func TestTextTitleNoSlugRunsMatchPlain(t *testing.T) {
	vecs := make([][textTitleFeatures]float64, 3)
	for k := range vecs {
		for f := range textTitleNoSlugAt {
			vecs[k][f] = float64(100*k + f + 1)
		}
	}
	want := slices.Clone(vecs)
	top := max(want[0][textTitleTopicAt], want[1][textTitleTopicAt], want[2][textTitleTopicAt])
	for k := range want {
		want[k][textTitleNoSlugAt] = want[k][textTitleTopicAt] - top
		for j, f := range textTitleNoSlugOf {
			want[k][textTitleNoSlugAt+1+j] = want[k][f]
		}
	}
	textTitleNoSlug(vecs)
	if !slices.Equal(vecs, want) {
		t.Errorf("textTitleNoSlug:\n got %v\nwant %v", vecs, want)
	}
}
