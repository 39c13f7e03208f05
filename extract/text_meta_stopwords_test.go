package extract

import (
	"math/rand/v2"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
	"github.com/zeebo/xxh3"
)

// TestTextBodyWordsStopwordsInlined holds textBodyWords and
// textBodyOverlap, which ask the scanner's short words of the keys table
// inlined (textnorm.ShortStopwordBytes) and only the longer of
// IsStopwordBytes, to their forms that asked IsStopwordBytes of every
// word, over random pages of stopwords short and long, words that share
// a stopword's length and first byte, and other words.
func TestTextBodyWordsStopwordsInlined(t *testing.T) {
	pieces := []string{"the ", "The ", "and ", "of ", "against ", "because ", "themselves ", "yourselves ", "through ", "thr ",
		"harbour ", "Harbourmaster ", "quay ", "ferries ", "athe ", "ag ", "a ", "I ", "x ", "é ", "12 ", ". ", "\n"}
	rng := rand.New(rand.NewPCG(76, 4))
	scanner := textnorm.NewWordScanner("")
	sc := &scanner
	for _, page := range textRandomLines(nil, rng, pieces, 3000, 120) {
		blocks := textSplitBlocks(page)
		body := textBodyWords(blocks, 0, len(blocks), sc)
		plain := plainBodyWords(blocks, 0, len(blocks), sc)
		for i := range blocks {
			s := blocks[i].text
			for sc.Reset(s); sc.Next(); {
				if h := xxh3.Hash(sc.Word()); body.has(h) != plain.has(h) {
					t.Fatalf("textBodyWords(%q) holds %q: %v, want %v", page, sc.Word(), body.has(h), plain.has(h))
				}
			}
			if got, want := textBodyOverlap(s, body, sc), plainBodyOverlap(s, plain, sc); got != want {
				t.Fatalf("textBodyOverlap(%q) over textBodyWords(%q) = %v, want %v", s, page, got, want)
			}
			if got, want := textBodyOverlap(s, plain, sc), plainBodyOverlap(s, body, sc); got != want {
				t.Fatalf("textBodyOverlap(%q) = %v, want %v over the same words", s, got, want)
			}
		}
		putHashSet(body)
		putHashSet(plain)
	}
}

// plainBodyWords is textBodyWords asking IsStopwordBytes of every word.
func plainBodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		if blocks[i].words < textProseBlockWords {
			continue
		}
		for sc.Reset(blocks[i].text); sc.Next(); {
			n++
			if w := sc.Word(); !textnorm.IsStopwordBytes(w) {
				words.add(xxh3.Hash(w))
			}
		}
	}
	return words
}

// plainBodyOverlap is textBodyOverlap asking IsStopwordBytes of every
// word.
func plainBodyOverlap(s string, body *hashSet, sc *textnorm.WordScanner) float64 {
	hit, n := 0, 0
	for sc.Reset(s); sc.Next(); {
		if w := sc.Word(); !textnorm.IsStopwordBytes(w) {
			n++
			if body.has(xxh3.Hash(w)) {
				hit++
			}
		}
	}
	return float64(hit) / float64(n+1)
}
