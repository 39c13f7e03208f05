package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/storyfold/storyfold/textnorm"
)

// Signature is what dedup keeps of an article: enough to find and verify
// its copies without the text. It round-trips through MarshalBinary so the
// store can persist it and a restart never rehashes the corpus.
type Signature struct {
	// Exact is the xxh3 hash of the article's word sequence: copies that
	// differ only in quotes, dashes, case, spacing or line breaks share it.
	Exact uint64
	// Words is the number of words in the article.
	Words int
	// Shingles is the number of distinct shingles: the set size that
	// turns a Jaccard estimate into containment (pages that repeat
	// themselves have far fewer than Words).
	Shingles int
	// Lead is a hash of the first Options.LeadWords words, 0 for a
	// shorter article: a teaser starts as its article does.
	Lead uint64
	// Min holds the one-permutation MinHash values, one per bin; nil for
	// an article without words.
	Min []uint32
}

// signatureVersion is the first byte of a marshalled Signature; bump it
// when the layout or the hashing changes, so old rows are re-signed.
const signatureVersion = 1

// ErrSignature reports bytes that are not a marshalled Signature.
var ErrSignature = errors.New("dedup: malformed signature")

// MarshalBinary implements encoding.BinaryMarshaler: a version byte, the
// exact hash, then the word and value counts as uvarints and the values
// little-endian.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 1+8+2*binary.MaxVarintLen64+4*len(s.Min))
	b = append(b, signatureVersion)
	b = binary.LittleEndian.AppendUint64(b, s.Exact)
	b = binary.AppendUvarint(b, uint64(s.Words))
	b = binary.AppendUvarint(b, uint64(s.Shingles))
	b = binary.LittleEndian.AppendUint64(b, s.Lead)
	b = binary.AppendUvarint(b, uint64(len(s.Min)))
	for _, v := range s.Min {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) < 9 || b[0] != signatureVersion {
		return fmt.Errorf("%w: bad header", ErrSignature)
	}
	exact := binary.LittleEndian.Uint64(b[1:])
	b = b[9:]
	words, n := binary.Uvarint(b)
	if n <= 0 || words > 1<<40 {
		return fmt.Errorf("%w: bad word count", ErrSignature)
	}
	b = b[n:]
	shingles, n := binary.Uvarint(b)
	if n <= 0 || shingles > words {
		return fmt.Errorf("%w: bad shingle count", ErrSignature)
	}
	b = b[n:]
	if len(b) < 8 {
		return fmt.Errorf("%w: no lead", ErrSignature)
	}
	lead := binary.LittleEndian.Uint64(b)
	b = b[8:]
	count, n := binary.Uvarint(b)
	if n <= 0 || uint64(len(b)-n) != 4*count {
		return fmt.Errorf("%w: %d value bytes for %d values", ErrSignature, len(b)-max(n, 0), count)
	}
	b = b[n:]
	var vals []uint32
	if count > 0 {
		vals = make([]uint32, count)
		for i := range vals {
			vals[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
	}
	*s = Signature{Exact: exact, Words: int(words), Shingles: int(shingles), Lead: lead, Min: vals}
	return nil
}

// Signer signs article bodies. It reuses buffers between calls, so it is
// not safe for concurrent use: give each worker its own.
type Signer struct {
	o        Options
	words    []uint64
	shingles []uint64
	mins     []uint64
	distinct []uint64 // open-addressing set that counts distinct shingles
}

// NewSigner returns a Signer with o.
func NewSigner(o Options) *Signer {
	return &Signer{o: o, mins: make([]uint64, max(0, o.Hashes))}
}

// Sign returns body's signature.
//
// Words are the \w+ tokens textnorm gives, NFKC and lower case applied;
// quotes and dashes only ever separate tokens, so folding the whole text
// first (textnorm.Fold) would change nothing here. Each word is hashed
// once (textnorm.AppendWordHashes) and a shingle's hash combines its
// words' hashes, rather than rehashing the shingle's text
// (textnorm.Shingles): a 4-KB page signs in a fifth of the time.
func (s *Signer) Sign(body string) Signature {
	s.words = textnorm.AppendWordHashes(s.words[:0], body)
	return s.SignWords(s.words)
}

// SignWords returns the signature of the body whose word hashes
// (textnorm.AppendWordHashes) are words: a caller that has hashed the
// body's words for another stage signs without hashing them again.
func (s *Signer) SignWords(words []uint64) Signature {
	exact := uint64(0x9E3779B97F4A7C15)
	for _, h := range words {
		exact = mix64(exact ^ h)
	}
	sig := Signature{Exact: exact, Words: len(words)}
	if n := s.o.LeadWords; n > 0 && len(words) >= n {
		sig.Lead = shingles(nil, words[:n], n)[0] | 1
	}
	if len(words) == 0 || s.o.Hashes <= 0 {
		return sig
	}
	s.shingles = shingles(s.shingles[:0], words, s.o.Shingle)
	sig.Shingles = s.countDistinct(s.shingles)
	sig.Min = s.minHash(s.shingles)
	return sig
}

// shingles appends the hash of every run of k consecutive words (one run
// of them all when there are fewer than k), combining the word hashes in
// order: the rotation makes "a b" and "b a" differ.
func shingles(dst, words []uint64, k int) []uint64 {
	k = max(1, min(k, len(words)))
	for i := 0; i+k <= len(words); i++ {
		h := uint64(k)
		for _, w := range words[i : i+k] {
			h = bits.RotateLeft64(h, 23)*0x9E3779B97F4A7C15 ^ w
		}
		dst = append(dst, h)
	}
	return dst
}

// countDistinct returns the number of distinct hashes in hs, with a
// reused hash set at most half full (a sort would cost five times more).
func (s *Signer) countDistinct(hs []uint64) int {
	size := 16
	for size < 2*len(hs) {
		size *= 2
	}
	if cap(s.distinct) < size {
		s.distinct = make([]uint64, size)
	}
	set := s.distinct[:size]
	clear(set)
	mask, n := uint64(size-1), 0
	for _, h := range hs {
		h |= 1 // 0 marks an empty slot; folding the low bit merges 1 pair in 2^63
		for i := mix64(h) & mask; ; i = (i + 1) & mask {
			if set[i] == h {
				break
			}
			if set[i] == 0 {
				set[i] = h
				n++
				break
			}
		}
	}
	return n
}

// emptyBin marks a bin no shingle fell into; real values are 32-bit.
const emptyBin = ^uint64(0)

// minHash is one-permutation hashing (Li, Owen and Zhang 2012) with
// optimal densification (Shrivastava 2017): each shingle is hashed once,
// its high bits choose a bin and its low 32 bits compete for the bin's
// minimum; an empty bin borrows the value of the first non-empty bin on a
// fixed pseudo-random probe sequence. Two sets' values then collide with
// probability equal to their Jaccard similarity, at the cost of one hash
// per shingle instead of one per shingle and value.
func (s *Signer) minHash(shingles []uint64) []uint32 {
	k := uint64(len(s.mins))
	for i := range s.mins {
		s.mins[i] = emptyBin
	}
	for _, h := range shingles {
		h = mix64(h) // decorrelate bin and value bits
		bin, _ := bits.Mul64(h, k)
		if v := h & 0xFFFFFFFF; v < s.mins[bin] {
			s.mins[bin] = v
		}
	}
	out := make([]uint32, k)
	for j, v := range s.mins {
		for attempt := uint64(1); v == emptyBin; attempt++ {
			probe, _ := bits.Mul64(mix64(uint64(j)<<32|attempt), k)
			v = s.mins[probe]
		}
		out[j] = uint32(v)
	}
	return out
}

// mix64 is the murmur3 64-bit finaliser: a cheap bijection whose every
// output bit depends on every input bit.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
