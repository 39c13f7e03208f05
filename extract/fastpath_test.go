package extract

import (
	"math/rand/v2"
	"path/filepath"
	"regexp"
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

// fastDraws is least to least+spread-1 lines drawn by rng from lines, in
// order: a random page of the lines a page sets again and again (a menu,
// a headline, its dek).
func fastDraws(rng *rand.Rand, lines []string, least, spread int) []string {
	page := make([]string, least+rng.IntN(spread))
	for i := range page {
		page[i] = lines[rng.IntN(len(lines))]
	}
	return page
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

// checkSameAnswer holds a fast form to its plain form on every line and
// wants the plain form to take at least least of them: to give something
// other than its answer's zero value (true, a non-empty text, a count
// above 0), or the lines do not reach the fast path and the test proves
// little. A line is whatever both forms read: a string, or a small
// struct of a call's arguments (fastPair for two strings); the first
// line where the forms differ fails the test, named with both answers.
// It returns how many lines the plain form takes, for a test that asks
// several times (a set or a word at a time) and wants a least count over
// all (each asked with least 0). Most tests pass the functions themselves:
//
//	checkSameAnswer(t, lines, "textIsX", textIsX, textIsXPlain, 500)
func checkSameAnswer[L any, A comparable](t *testing.T, lines []L, name string, fast, plain func(L) A, least int) int {
	t.Helper()
	var none A
	taken := 0
	for _, s := range lines {
		want := plain(s)
		if got := fast(s); got != want {
			t.Fatalf("%s(%#v) = %#v, the plain form gives %#v", name, s, got, want)
		}
		if want != none {
			taken++
		}
	}
	if taken < least {
		t.Errorf("the plain form of %s takes only %d lines, want %d or more", name, taken, least)
	}
	return taken
}

// fastPair is a line of two strings, for a form that reads two.
type fastPair struct{ a, b string }

// checkBlockMatchesPlain is checkSameAnswer of a test of a block, asked
// of a block read from each line (textNewBlock), a new one for each form.
func checkBlockMatchesPlain(t *testing.T, lines []string, name string, fast, plain func(*textBlock) bool, least int) {
	t.Helper()
	checkSameAnswer(t, lines, name, func(s string) bool {
		b := textNewBlock(s)
		return fast(&b)
	}, func(s string) bool {
		b := textNewBlock(s)
		return plain(&b)
	}, least)
}

// checkPrefilter holds pre, a cheap test run before re, true of every
// line re matches, and fails when fewer than least lines match: a check
// that reads too few matches proves little.
func checkPrefilter(t *testing.T, lines []string, re *regexp.Regexp, name string, pre func(string) bool, least int) {
	t.Helper()
	matched := 0
	for _, s := range lines {
		if !re.MatchString(s) {
			continue
		}
		matched++
		if !pre(s) {
			t.Fatalf("%s(%q) = false, but the expression matches it", name, s)
		}
	}
	if matched < least {
		t.Errorf("only %d lines match the expression before %s, want %d or more", matched, name, least)
	}
}

// fastChange is a text function's answer as checkSameAnswer reads it:
// what the function gives where it changes its line, and the zero value
// where it gives the line back, so that the lines it takes are the lines
// it changes.
type fastChange struct {
	to      string
	changed bool
}

// fastChanges answers with f's fastChange.
func fastChanges(f func(string) string) func(string) fastChange {
	return func(s string) fastChange {
		if to := f(s); to != s {
			return fastChange{to, true}
		}
		return fastChange{}
	}
}

// textRoundMarks is a leave-out walk's input for n blocks in round 0, 1
// or 2 of the walks' fast-against-plain tests: every block kept in round
// 0 and one in oneIn dropped after, none out before round 2 and one in
// oneIn out then, drawn from rng block by block, keep first.
func textRoundMarks(rng *rand.Rand, n, round, oneIn int) (keep, out []bool) {
	keep, out = make([]bool, n), make([]bool, n)
	for i := range n {
		keep[i] = round == 0 || rng.IntN(oneIn) > 0
		out[i] = round == 2 && rng.IntN(oneIn) == 0
	}
	return keep, out
}
