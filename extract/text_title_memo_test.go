package extract

import (
	"math"
	"strings"
	"testing"
)

// TestTextTitleMemoHit holds the context's kept answers, read inline
// where they are kept (headlineIn, isByline, dated) and apart the first
// time (readHeadline, readByline, readDated), to the plain tests asked
// afresh of every block, each block asked three times (the first read,
// then the kept answer) from the page's end back and again from its
// start; headline to false off the page; and the vectors' headline
// quarters (f[32]) and next-line feature (f[34]), whose range tests
// textTitleForm asks (headlinesAround counts the four and divides once),
// to the plain sum over the four neighbours with a block off the page
// adding 0/4, and its colon and standfirst flags (f[27], f[28], set by
// textBoolF) to float64(textBool), bit for bit: on the seed pages (and the
// wcxb-dev flat pages with STORYFOLD_DATA) and an invented page whose
// first block and last two are candidates.
func TestTextTitleMemoHit(t *testing.T) {
	invented := "Ferry service resumes on the river\n\nBy Jane Doe\n\nMarch 4, 2026\n\n" +
		"The ferry between the two banks runs again from Monday after a winter of repairs to its landing stage.\n\n" +
		"Crews replaced the pilings and the ramp, and the operator says the timetable is the one of last summer.\n\n" +
		"Council names a new harbour master\n\nHarbour bridge closes for repairs"
	texts := []string{invented}
	for _, p := range textSpeedPages(t)[:min(400, len(textSpeedPages(t)))] {
		texts = append(texts, string(p.Content))
	}
	edges := 0
	for n, text := range texts {
		blocks := textSplitBlocks(text)
		c := newTextTitleContext(blocks, min(len(blocks), 2))
		for pass := range 3 {
			for q := range blocks {
				j := q
				if pass == 0 {
					j = len(blocks) - 1 - q
				}
				b := &blocks[j]
				if got, again, want := c.headlineIn(j), c.headline(j), textIsHeadline(b); got != want || again != want {
					t.Fatalf("text %d, pass %d: block %d %q headline %v then %v, textIsHeadline %v", n, pass, j, b.text, got, again, want)
				}
				if got, want := c.isByline(j), textIsByline(b.text); got != want {
					t.Fatalf("text %d, pass %d: block %d %q byline %v, textIsByline %v", n, pass, j, b.text, got, want)
				}
				if got, want := c.dated(j), !textTooFewDateDigits(b) && textDateIn(b.text); got != want {
					t.Fatalf("text %d, pass %d: block %d %q dated %v, plain %v", n, pass, j, b.text, got, want)
				}
			}
		}
		for _, j := range []int{-2, -1, len(blocks), len(blocks) + 1} {
			if c.headline(j) {
				t.Fatalf("text %d: block %d, off the page, is a headline", n, j)
			}
		}
		fresh := newTextTitleContext(blocks, min(len(blocks), 2))
		for _, i := range fresh.candidates() {
			var f [textTitleFeatures]float64
			textTitleForm(&f, &blocks[i], i, &fresh)
			quarters := 0.0
			for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
				quarters += textBoolPlain(j >= 0 && j < len(blocks) && textIsHeadline(&blocks[j])) / 4
			}
			next := textBoolPlain(i+1 < len(blocks) && textIsHeadline(&blocks[i+1]))
			if math.Float64bits(f[32]) != math.Float64bits(quarters) || math.Float64bits(f[34]) != math.Float64bits(next) {
				t.Fatalf("text %d: candidate %d %q: f[32] %v f[34] %v, plain %v %v", n, i, blocks[i].text, f[32], f[34], quarters, next)
			}
			colon := textBoolPlain(strings.Contains(blocks[i].text, ":"))
			var standfirst float64
			if i+1 < len(blocks) {
				b := &blocks[i+1]
				standfirst = textBoolPlain(b.words >= 10 && b.words <= 50 && b.sentEnd && b.marks <= 1)
			}
			if math.Float64bits(f[27]) != math.Float64bits(colon) || math.Float64bits(f[28]) != math.Float64bits(standfirst) {
				t.Fatalf("text %d: candidate %d %q: f[27] %v f[28] %v, plain %v %v", n, i, blocks[i].text, f[27], f[28], colon, standfirst)
			}
			if n == 0 && (i == 0 || i >= len(blocks)-2) {
				edges++
			}
		}
	}
	if edges != 3 {
		t.Errorf("the invented page's first and last two blocks are not all candidates (%d of 3)", edges)
	}
}
