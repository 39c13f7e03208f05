package claims

import (
	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/textnorm"
)

// termHasher gives the hashes of a text's content terms (textnorm.Terms,
// each hashed as termSet does) through a bounded memo from word hash to
// term hash, so a known word costs one map lookup on an integer: no
// string is built and the stemmer runs for new words only. It is not safe
// for concurrent use; see termHashers.
type termHasher struct {
	memo    map[uint64]uint64 // word hash → term hash; 0 for stopwords and one-letter words
	words   []uint64
	scratch []uint64 // for the caller's term hashes
}

// termMemo bounds a memo: 1<<18 words (about 10 MB) hold a news
// vocabulary's common words many times over.
const termMemo = 1 << 18

// appendTerms appends the term hashes of s to dst, in text order.
func (h *termHasher) appendTerms(dst []uint64, s string) []uint64 {
	h.words = textnorm.AppendWordHashes(h.words[:0], s)
	for _, w := range h.words {
		if _, ok := h.memo[w]; !ok {
			h.learn(s)
			break
		}
	}
	for _, w := range h.words {
		if t := h.memo[w]; t != 0 {
			dst = append(dst, t)
		}
	}
	return dst
}

// learn adds the words of s to the memo.
func (h *termHasher) learn(s string) {
	if len(h.memo)+len(h.words) > termMemo {
		clear(h.memo)
	}
	i := 0
	textnorm.EachWord(s, func(w string) {
		wh := h.words[i]
		i++
		if _, ok := h.memo[wh]; ok {
			return
		}
		var t uint64
		if len(w) >= 2 && !textnorm.IsStopword(w) {
			t = xxh3.HashString(textnorm.Stem(w))
		}
		h.memo[wh] = t
	})
}

// termHashers is a free list of term hashers, one per concurrent reader.
// A channel rather than a sync.Pool: the pool empties at every garbage
// collection, and with it the memos.
type termHashers chan *termHasher

func (c termHashers) get() *termHasher {
	select {
	case h := <-c:
		return h
	default:
		return &termHasher{memo: make(map[uint64]uint64, 1<<12)}
	}
}

func (c termHashers) put(h *termHasher) {
	select {
	case c <- h:
	default: // more readers than the list holds: let this one go
	}
}
