package extract

import (
	"slices"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextTitleShortWordsMatchScanner holds the title overlaps' readers
// of short words of letters (collectShort and bodyShort, by
// textTitleShortWord) to the scanner's words: the candidates' keys,
// their ends and the form filter as a loop over Next alone files them,
// and the body's set as that loop fills it, key for key, over random
// pages of short and long words of both cases, stopwords and words of a
// stopword's form (its first and last bytes and length), words of seven
// and eight letters, digits and '_' run into letters, words beyond ASCII
// or run into such bytes, gaps of one and two bytes and lines under
// eight bytes.
func TestTextTitleShortWordsMatchScanner(t *testing.T) {
	pieces := []string{"the ", "The ", "of ", "a ", "I ", "against ", "Against ", "because ", "through ", "ferry ", "Ferry ",
		"harbour ", "harbours ", "quay", "x", "ab1 ", "a_b ", "1st ", "2026 ", "café ", "caféx ", "éa ", "naïve ", "tides—",
		", ", ". ", "  ", " - ", "(", ")", "\n", "\n", "Sun ", "sea", "boats'", "ferrymen ", "ferrymens ", "tie ", "aid ", "bespoke "}
	rng := fastRand(217, 1)
	scanner := textnorm.NewWordScanner("")
	sc := &scanner
	var o, plain textTitleOverlaps
	for _, page := range fastPieceLines(nil, rng, pieces, 3000, 0, 120) {
		blocks := textSplitBlocks(page)
		if len(blocks) == 0 {
			continue
		}
		heads := make([]*textBlock, 0, len(blocks))
		for i := range blocks {
			if rng.IntN(2) > 0 {
				heads = append(heads, &blocks[i])
			}
		}
		o.collect(heads, sc)
		plain.plainCollect(heads, sc)
		if !slices.Equal(o.words, plain.words) || !slices.Equal(o.ends, plain.ends) || o.forms != plain.forms {
			t.Fatalf("collect of %q: keys %x ends %v, want %x %v (forms equal: %v)", page, o.words, o.ends, plain.words, plain.ends, o.forms == plain.forms)
		}
		first := rng.IntN(len(blocks))
		got := o.bodyWords(blocks, first, len(blocks), sc)
		want := plain.plainFormBodyWords(blocks, first, len(blocks), sc)
		if got.n != want.n || got.zero != want.zero {
			t.Fatalf("body of %q: %d keys, want %d", page, got.n, want.n)
		}
		for _, key := range want.slots {
			if key != 0 && !got.has(key) {
				t.Fatalf("body of %q lacks key %#x", page, key)
			}
		}
		putHashSet(got)
		putHashSet(want)
	}
}

// plainCollect is textTitleOverlaps.collect with every word read by the
// scanner's Next.
func (o *textTitleOverlaps) plainCollect(heads []*textBlock, sc *textnorm.WordScanner) {
	o.words, o.ends = o.words[:0], append(o.ends[:0], 0)
	clear(o.forms[:])
	for _, h := range heads {
		for sc.Reset(h.text); sc.Next(); {
			w := sc.Word()
			if textnorm.IsStopwordBytes(w) {
				continue
			}
			f := textWordForm(w)
			o.forms[f/64] |= 1 << (f % 64)
			o.words = append(o.words, textTitleWordKeyPlain(w))
		}
		o.ends = append(o.ends, len(o.words))
	}
}

// plainFormBodyWords is textTitleOverlaps.bodyWords with every word read
// by the scanner's Next.
func (o *textTitleOverlaps) plainFormBodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		if blocks[i].words < textProseBlockWords {
			continue
		}
		for sc.Reset(blocks[i].text); sc.Next(); {
			n++
			w := sc.Word()
			if f := textWordForm(w); o.forms[f/64]&(1<<(f%64)) == 0 || textnorm.IsStopwordBytes(w) {
				continue
			}
			words.add(textTitleWordKeyPlain(w))
		}
	}
	return words
}
