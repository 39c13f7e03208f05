package extract

import (
	"testing"

	"github.com/storyfold/storyfold/textnorm"
	"github.com/zeebo/xxh3"
)

// TestTextTitleOverlapsMatchPlain holds feature 7 as textTitleOverlaps
// reads it (the candidates' words first, the body's opening filed only
// where a candidate's word has its form, the stopwords asked of the keys
// table inlined) to its plain form (plainBodyOverlap over plainBodyWords,
// IsStopwordBytes asked of every word), every block of random pages a
// candidate: pages of stopwords short and long and words that share a
// stopword's length and first byte, digits, words beyond ASCII, and
// words that share a form's first and last bytes or its length with
// another, over more than 300 words so that the opening's bound is met
// inside a block; some candidates stated again, which take the earlier
// one's words (textTitleRoom.sameTexts), and some pages read with no
// list of them.
func TestTextTitleOverlapsMatchPlain(t *testing.T) {
	pieces := []string{"the ", "The ", "and ", "of ", "against ", "because ", "themselves ", "yourselves ", "through ", "thr ", "athe ", "ag ", "harbour ", "Harbour ", "harbor ", "hour ",
		"harbourmaster ", "quay ", "quays ", "qay ", "ferries ", "ferrise ", "fares ", "a ", "I ", "x ", "é ", "Éclair ", "12 ",
		"2026 ", "2062 ", ". ", "\n", "\n", "tide tables and the harbour's ferries run late ", "Ferry fares rise again\n"}
	rng := fastRand(96, 45)
	scanner := textnorm.NewWordScanner("")
	sc := &scanner
	var o textTitleOverlaps
	var room textTitleRoom
	copies := 0
	for _, page := range fastPieceLines(nil, rng, pieces, 2000, 0, 200) {
		blocks := textSplitBlocks(page)
		if len(blocks) == 0 {
			continue
		}
		first := rng.IntN(len(blocks))
		heads := make([]*textBlock, 0, len(blocks))
		for i := range blocks {
			if rng.IntN(3) > 0 {
				heads = append(heads, &blocks[i])
			}
			if len(heads) > 0 && rng.IntN(4) == 0 { // a candidate stated again
				heads = append(heads, heads[rng.IntN(len(heads))])
			}
		}
		texts := make([]string, len(heads))
		for k, h := range heads {
			texts[k] = h.text
		}
		textTitleRepeatsIn(blocks, texts, &room)
		same := room.sameTexts(len(texts))
		if rng.IntN(4) == 0 {
			same = nil // every head read
		}
		for _, j := range same {
			copies += textBool(j > 0)
		}
		o.collect(heads, same, sc)
		body := o.bodyWords(blocks, first, len(blocks), sc)
		plain := plainBodyWords(blocks, first, len(blocks), sc)
		for k, h := range heads {
			if got, want := o.overlap(k, body), plainBodyOverlap(h.text, plain, sc); got != want {
				t.Fatalf("overlap of %q over the opening of %q = %v, want %v", h.text, page, got, want)
			}
		}
		putHashSet(body)
		putHashSet(plain)
	}
	if copies < 1000 {
		t.Errorf("only %d candidates took an earlier one's words, want 1,000 or more", copies)
	}
}

// plainBodyWords returns the content words of the body's opening, read
// with sc, asking IsStopwordBytes of every word: the plain form of
// textTitleOverlaps.bodyWords (TestTextTitleOverlapsMatchPlain). The
// caller puts the set back (putHashSet).
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

// plainBodyOverlap is the share of a block's content words found in the
// body's opening, read with sc, asking IsStopwordBytes of every word: the
// plain form of textTitleOverlaps.overlap.
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

// TestTextTitleWordKeyMatchesPlain holds textTitleWordKey's eight-byte
// load to its byte loop, for random words of one to ten bytes (some
// beyond ASCII) in buffers of every capacity, the bytes past each word
// left over from a longer one as the scanner's are; and holds the keys to
// the words: two words of seven bytes or fewer share a key exactly when
// they are the same, and none is 0.
func TestTextTitleWordKeyMatchesPlain(t *testing.T) {
	rng := fastRand(120, 7)
	alphabet := []byte("abez019_\xc3\xa9")
	seen := map[uint64]string{}
	for range 20000 {
		n := 1 + rng.IntN(10)
		buf := make([]byte, n+rng.IntN(12))
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		w := buf[:n]
		got, want := textTitleWordKey(w), textTitleWordKeyPlain(w)
		if got != want {
			t.Fatalf("textTitleWordKey(%q) in a buffer of %d = %#x, want %#x", w, cap(w), got, want)
		}
		if got == 0 {
			t.Fatalf("textTitleWordKey(%q) = 0", w)
		}
		if n > textTitleWordKeyMost {
			continue
		}
		if other, ok := seen[got]; ok && other != string(w) {
			t.Fatalf("%q and %q share the key %#x", w, other, got)
		}
		seen[got] = string(w)
	}
}
