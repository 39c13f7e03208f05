package extract

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// The tests that hold a fast path (a gate, a prefilter, a scan in place
// of an expression, a bound that skips a step) to its plain form draw
// their random inputs from here: one generator, the lines and pages
// below, so that a test says only what it checks and which pieces reach
// its gate.
//
// To add one: take a seed pair no other test uses (grep fastRand), keep
// it fixed so a failure repeats; build the lines with fastPieceLines from
// pieces that meet the gate's edges (its prefixes, their first letters,
// the bytes it tests: fastAlphabet's, bytes past ASCII, an invalid byte)
// over the test pages' own lines (textSpeedLines) or their words
// (fastWordLines), or draw pages with fastSeedBlocks and textRandomPage;
// check with checkSameAnswer or checkPrefilter, counting the lines the
// plain form says yes to so the test fails when the inputs stop reaching
// the gate; then break the fast path and watch the test fail.

// fastRand is the generator a fast-path test draws from, seeded with the
// test's own fixed pair.
func fastRand(seed1, seed2 uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed1, seed2))
}

// fastAlphabet is the small alphabet of the flat path's gates: letters
// of both cases, space, punctuation, a newline, multi-byte and invalid
// bytes, and the prefixes the line readers test spliced in whole.
var fastAlphabet = []string{"a", "B", "z", "Z", " ", ".", "\n", "é", "É", "“", "\xff", "http", "HTTP", "Www.", "By ", "bY ",
	"Written By", "POSTED ", "@", "0", "9", "_", "[", "`", "{"}

// fastPieces joins least to least+spread-1 pieces drawn by rng.
func fastPieces(rng *rand.Rand, pieces []string, least, spread int) string {
	var b strings.Builder
	for range least + rng.IntN(spread) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// fastPieceLines appends to lines n lines of least to least+spread-1
// pieces each, drawn by rng: strings built of an expression's or a
// gate's parts, which meet its edges far more often than the pages'
// lines do.
func fastPieceLines(lines []string, rng *rand.Rand, pieces []string, n, least, spread int) []string {
	for range n {
		lines = append(lines, fastPieces(rng, pieces, least, spread))
	}
	return lines
}

// fastJoinPieces joins n pieces drawn from parts, each followed by one
// drawn from seps.
func fastJoinPieces(rng *rand.Rand, n int, parts, seps []string) string {
	var sb strings.Builder
	for ; n > 0; n-- {
		sb.WriteString(parts[rng.IntN(len(parts))])
		sb.WriteString(seps[rng.IntN(len(seps))])
	}
	return sb.String()
}

// fastWordLines appends to lines n lines of one to most words drawn by
// rng from the words of from, joined by single spaces: lines in a page's
// own vocabulary whose words meet in orders no page has.
func fastWordLines(lines []string, rng *rand.Rand, from []string, n, most int) []string {
	var words []string
	for _, s := range from {
		words = append(words, strings.Fields(s)...)
	}
	if len(words) == 0 {
		return lines
	}
	for range n {
		k := 1 + rng.IntN(most)
		line := make([]string, k)
		for i := range line {
			line[i] = words[rng.IntN(len(words))]
		}
		lines = append(lines, strings.Join(line, " "))
	}
	return lines
}

// fastSeedBlocks returns the block texts of the seed pages under
// testdata/seeds, in the glob's order: a random page drawn from them
// (textRandomPage) has the seeds' lines in orders none of them has.
func fastSeedBlocks(t *testing.T) []string {
	t.Helper()
	_, contents := globFiles(t, filepath.Join("..", "testdata", "seeds", "*.txt"))
	var texts []string
	for _, c := range contents {
		for _, b := range textSplitBlocks(string(c)) {
			texts = append(texts, b.text)
		}
	}
	if len(texts) == 0 {
		t.Fatal("no seed pages under testdata/seeds")
	}
	return texts
}

// textRandomPage draws a page of about least+rng.IntN(spread) texts: for
// each draw k of ten, the text line gives, or, where it gives none, a run
// of the page so far set again, of run+rng.IntN(more) texts at most.
func textRandomPage(rng *rand.Rand, least, spread, run, more int, line func(k int) (string, bool)) []string {
	var texts []string
	for len(texts) < least+rng.IntN(spread) {
		if s, ok := line(rng.IntN(10)); ok {
			texts = append(texts, s)
		} else if len(texts) > 0 {
			from := rng.IntN(len(texts))
			texts = append(texts, texts[from:min(len(texts), from+run+rng.IntN(more))]...)
		}
	}
	return texts
}

// TestFastPiecesDraws holds the helpers to the counts they promise, so a
// test built on them reaches what its comment says.
func TestFastPiecesDraws(t *testing.T) {
	rng := fastRand(1, 48)
	pieces := []string{"x"}
	for range 1000 {
		if n := len(fastPieces(rng, pieces, 2, 3)); n < 2 || n > 4 {
			t.Fatalf("fastPieces(…, 2, 3) joined %d pieces, want 2 to 4", n)
		}
	}
	lines := fastWordLines(nil, rng, []string{"the quay", "harbour  ferries\nat noon"}, 1000, 3)
	for _, s := range lines {
		if n := len(strings.Fields(s)); n < 1 || n > 3 || strings.Join(strings.Fields(s), " ") != s {
			t.Fatalf("fastWordLines gave %q, want one to three words set apart by single spaces", s)
		}
	}
	if len(fastSeedBlocks(t)) < 50 {
		t.Error("the seed pages give fewer than 50 blocks")
	}
}
