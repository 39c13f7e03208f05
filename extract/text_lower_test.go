package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextLowerOnPage holds the search to its definition, the set of the
// page's words written in lower case, on every word of the seed pages in
// its lower-case and capitalised forms, and on words the pages glue to
// punctuation or hold only inside longer words.
func TestTextLowerOnPage(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("seeds: %v (%d files)", err, len(paths))
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		blocks := textSplitBlocks(string(b))
		set := map[string]bool{}
		var asked []string
		for i := range blocks {
			for _, w := range strings.Fields(blocks[i].text) {
				asked = append(asked, strings.ToLower(w), strings.Trim(strings.ToLower(w), textWordPunct))
				w = strings.Trim(w, textWordPunct)
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					set[w] = true
				}
				if len(w) > 4 {
					asked = append(asked, strings.ToLower(w[1:len(w)-1]))
				}
			}
		}
		for _, w := range asked {
			if got := textLowerOnPage(w, blocks); got != set[w] {
				t.Fatalf("%s: %q on the page in lower case: got %v, want %v", filepath.Base(path), w, got, set[w])
			}
		}
	}
}

// TestTextMenuWordsJoinedMatchesBlocks holds textMenuWords, which
// searches the page's blocks joined into one text (textJoinedBlocks), to
// its plain form, each word of the name sought block by block
// (textLowerOnPage), on invented pages of names' words in both cases
// set at the blocks' edges, with marks, wide spaces and cut UTF-8
// sequences around them.
func TestTextMenuWordsJoinedMatchesBlocks(t *testing.T) {
	plain := func(name string, blocks []textBlock) bool {
		for _, w := range strings.Fields(name) {
			if textOddNameWord(w) || textLowerOnPage(strings.ToLower(w), blocks) {
				return true
			}
		}
		return false
	}
	rng := fastRand(68, 70)
	piece := textLowerTestPieces(rng, "jane", "Jane", "doe", "DOE", "staff", "Staff", "harbour", "desk", "ja", "ne", "é", "Émile", "émile")
	found := 0
	for range 20000 {
		blocks := textRandomBlocks(rng, piece, rng.IntN(6), 8)
		name := piece(1 + rng.IntN(5))
		want := plain(name, blocks)
		if got := textMenuWords(name, blocks); got != want {
			t.Fatalf("textMenuWords(%q, %q) = %v, block by block %v", name, textJoinedBlocks(blocks), got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d names hold a word the page writes in lower case, want 1000 or more", found)
	}
}

// TestTextLowerOnPageJoinedMatchesBlocks holds textLowerOnPage, which
// searches a page of textLowerJoinBlocks blocks or more joined into one
// text, to its search block by block (textLowerWordIn on each), on
// invented pages of words in both cases set at the blocks' edges, with
// marks, line breaks, wide spaces and cut UTF-8 sequences around them,
// and words that hold a line break.
func TestTextLowerOnPageJoinedMatchesBlocks(t *testing.T) {
	plain := func(w string, blocks []textBlock) bool {
		if !textOpensLower(w) {
			return false
		}
		needle := newRareNeedle(w)
		for i := range blocks {
			if textLowerWordIn(w, &needle, blocks[i].text) {
				return true
			}
		}
		return false
	}
	rng := fastRand(53, 167)
	piece := textLowerTestPieces(rng, "jane", "Jane", "doe", "DOE", "staff", "harbour", "desk", "ja", "ne", "é", "émile", "jane\ndoe", "doe\n")
	found, joined := 0, 0
	for range 4000 {
		blocks := textRandomBlocks(rng, piece, textLowerJoinBlocks-4+rng.IntN(8), 4)
		w := strings.ToLower(piece(1 + rng.IntN(2)))
		want := plain(w, blocks)
		if got := textLowerOnPage(w, blocks); got != want {
			t.Fatalf("textLowerOnPage(%q, %q) = %v, block by block %v", w, textJoinedBlocks(blocks), got, want)
		}
		if want {
			found++
			if len(blocks) >= textLowerJoinBlocks {
				joined++
			}
		}
	}
	if found < 500 || joined < 200 {
		t.Errorf("%d words found on their pages, %d of them joined: too few", found, joined)
	}
}

// textLowerTestPieces returns a maker of invented text for the joined-page
// tests: n pieces, each one of words or a mark (spaces, punctuation, a line
// break, a wide space, a cut UTF-8 sequence, or nothing), drawn from rng.
func textLowerTestPieces(rng *rand.Rand, words ...string) func(n int) string {
	marks := []string{" ", " ", ".", ",", "(", "\"", "’", "\n", "\u00a0", "\xe2\x80", "\x80", "-", ""}
	return func(n int) string {
		var b strings.Builder
		for range n {
			if rng.IntN(2) == 0 {
				b.WriteString(words[rng.IntN(len(words))])
			} else {
				b.WriteString(marks[rng.IntN(len(marks))])
			}
		}
		return b.String()
	}
}
