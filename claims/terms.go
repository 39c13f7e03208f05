package claims

import (
	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/internal/freelist"
	"github.com/storyfold/storyfold/internal/hashtab"
	"github.com/storyfold/storyfold/textnorm"
)

// termHasher gives the hashes of a text's content terms (textnorm.Terms,
// each hashed as termSet does) through a bounded memo from word hash to
// term hash, so a known word costs one map lookup on an integer: no
// string is built and the stemmer runs for new words only. It is not safe
// for concurrent use; see scratchList.
type termHasher struct {
	memo  *hashtab.Map[uint64] // word hash → term hash; 0 for stopwords and one-letter words
	words []uint64
}

func newTermHasher() termHasher {
	return termHasher{memo: hashtab.New[uint64]()}
}

// termMemo bounds a memo: 1<<18 words (about 10 MB) hold a news
// vocabulary's common words many times over.
const termMemo = 1 << 18

// appendTerms appends the term hashes of s to dst, in text order. Most
// sentences hold known words only and cost one lookup a word; one new word
// sends the whole sentence through learn and a second pass.
func (h *termHasher) appendTerms(dst []uint64, s string) []uint64 {
	h.words = textnorm.AppendWordHashes(h.words[:0], s)
	n := len(dst)
	for _, w := range h.words {
		t, ok := h.memo.Get(w)
		if !ok {
			h.learn(s)
			return h.appendKnown(dst[:n])
		}
		if t != 0 {
			dst = append(dst, t)
		}
	}
	return dst
}

// appendKnown appends the term hashes of h.words, all in the memo.
func (h *termHasher) appendKnown(dst []uint64) []uint64 {
	for _, w := range h.words {
		if t, _ := h.memo.Get(w); t != 0 {
			dst = append(dst, t)
		}
	}
	return dst
}

// learn adds the words of s to the memo.
func (h *termHasher) learn(s string) {
	if h.memo.Len()+len(h.words) > termMemo {
		h.memo.Clear()
	}
	i := 0
	textnorm.EachWord(s, func(w string) {
		wh := h.words[i]
		i++
		if _, ok := h.memo.Get(wh); ok {
			return
		}
		var t uint64
		if len(w) >= 2 && !textnorm.IsStopword(w) {
			t = xxh3.HashString(textnorm.Stem(w))
		}
		h.memo.Put(wh, t)
	})
}

// scratch is what one reader reuses from sentence to sentence: the term
// memo and buffers, so reading a sentence allocates little beyond what it
// returns. It is not safe for concurrent use; see scratchList.
type scratch struct {
	terms  termHasher
	hashes []uint64 // term hashes of the sentence being read
	toks   []token
	lower  []byte // the sentence in lower case, for cues
}

// scratchList is a free list of scratch, one per concurrent reader; a
// freelist.List, whose values outlive garbage collections, and with them
// the term memos.
type scratchList = freelist.List[scratch]

func newScratch() *scratch { return &scratch{terms: newTermHasher()} }
