package textnorm

import (
	"encoding/binary"
	"strings"
)

// stopwords is a short English list: function words that say nothing of
// which event a report is about. Kept small on purpose: words like "said"
// or "police" are handled by IDF weighting in the stages, not here.
var stopwords = func() (t stopwordTable) {
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
		"had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
		"i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
		"same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
		"these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
		"was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
		"you", "your", "yours", "yourself", "yourselves", "s", "t", "ll", "re", "ve", "d", "m",
		"said", "says", "say", "told", "according", "one", "two", "new", "year", "years", "last", "first", "may", "like", "get", "us",
	} {
		t.add(w)
		stopwordMaxLen = max(stopwordMaxLen, len(w))
	}
	return t
}()

// stopwordTable is an open-addressed set of the stopwords, looked up
// several times per word of every text: keyed by a word's length and its
// first, second and last bytes, which tell the listed words nearly all
// apart, it answers in one or two probes without hashing the whole word:
// stopword lookups took half the time they took with a map in a profile
// of the text extractor.
type stopwordTable struct {
	slots [stopwordSlots]string
	// lens[c] has bit n set when a stopword of n bytes starts with c:
	// most other words ("korea", "soldiers", "military") share no first
	// byte and length with a stopword and are answered by it alone.
	lens [256]uint16
	// keys is a second open-addressed set of the stopwords of at most
	// 8 bytes, each packed into an integer (stopwordKey) and placed by a
	// hash of that integer (stopwordKeySlot): a word read into a buffer
	// is loaded, masked, hashed with one multiplication and compared with
	// one integer comparison a probe. No stopword holds a zero byte, so
	// 0 marks an empty slot, and keys of words of different lengths
	// differ whenever the word's last byte is not zero; keyLens[i] is
	// the length of the word in keys[i], for the words that end in one.
	keys    [stopwordSlots]uint64
	keyLens [stopwordSlots]uint8
}

// stopwordSlots is a power of two, about three times the list's length.
const (
	stopwordBits  = 9
	stopwordSlots = 1 << stopwordBits
)

func stopwordSlot[T string | []byte](w T) uint32 {
	n := len(w)
	k := uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[min(1, n-1)])<<8 | uint32(w[n-1])
	return (k * 0x9E3779B1) >> (32 - stopwordBits) // Fibonacci hashing
}

func (t *stopwordTable) add(w string) {
	if len(w) >= 16 {
		panic("textnorm: a stopword longer than the lens bits hold")
	}
	t.lens[w[0]] |= 1 << len(w)
	if strings.IndexByte(w, 0) >= 0 {
		panic("textnorm: a stopword holding a zero byte")
	}
	for i := stopwordSlot(w); ; i = (i + 1) % stopwordSlots {
		if t.slots[i] == "" || t.slots[i] == w {
			t.slots[i] = w
			break
		}
	}
	if len(w) > 8 {
		return
	}
	key := stopwordKey(w)
	for i := stopwordKeySlot(key); ; i = (i + 1) % stopwordSlots {
		if t.keys[i] == 0 || t.keys[i] == key {
			t.keys[i], t.keyLens[i] = key, uint8(len(w))
			return
		}
	}
}

// stopwordKeySlot is the keys table's first slot for a packed word:
// Fibonacci hashing of the whole integer, whose bytes are the word's.
func stopwordKeySlot(key uint64) uint32 {
	return uint32((key * 0x9E3779B97F4A7C15) >> (64 - stopwordBits))
}

func stopwordHas[T string | []byte](t *stopwordTable, w T) bool {
	if len(w) == 0 || len(w) > stopwordMaxLen || t.lens[w[0]]>>len(w)&1 == 0 {
		return false
	}
	for i := stopwordSlot(w); t.slots[i] != ""; i = (i + 1) % stopwordSlots {
		if t.slots[i] == string(w) {
			return true
		}
	}
	return false
}

// stopwordMaxLen is the longest stopword's length: longer words, a good
// part of a text, are answered without hashing.
var stopwordMaxLen int

// IsStopword reports whether the lower-case word w is an English stopword.
func IsStopword(w string) bool {
	return stopwordHas(&stopwords, w)
}

// IsStopwordBytes is IsStopword for a word in a buffer (WordScanner).
// The table's lens test comes first, small enough to be inlined (cost 80,
// the budget): it answers most words (no stopword shares their length and
// first byte) without a call, some 3 M of 100 wcxb-dev flat pages' 505 M
// instructions in the block reader. A length of 16 or more shifts every
// bit out (Go's shifts of a count past the width give 0), and a longer
// word that passed would still be refused by the table
// (TestStopwordBytesLongWords).
func IsStopwordBytes(w []byte) bool {
	return len(w) != 0 && stopwords.lens[w[0]]>>len(w)&1 != 0 && isStopwordBytes(w)
}

// isStopwordBytes is IsStopwordBytes of a word the lens test passed,
// which it does not repeat on its one-integer path. A word of up to
// 8 bytes in a buffer of 8 or more, as the scanner's are, is loaded as
// one integer and compared with the table's keys.
func isStopwordBytes(w []byte) bool {
	n := len(w)
	if n == 0 || n > 8 || cap(w) < 8 {
		return stopwordHas(&stopwords, w)
	}
	t := &stopwords
	word := binary.LittleEndian.Uint64(w[:8])
	key := word & (^uint64(0) >> ((64 - 8*n) & 63)) // the bytes past n are not the word's
	// key is not 0: w[0] starts a stopword (the lens test passed), so it
	// is not a zero byte
	for i := stopwordKeySlot(key); ; i = (i + 1) % stopwordSlots {
		switch t.keys[i&(stopwordSlots-1)] {
		case key:
			// the one stopword packing to key; a word ending in zero
			// bytes packs as a shorter one does
			return int(t.keyLens[i&(stopwordSlots-1)]) == n
		case 0:
			return false
		}
	}
}

// stopwordKey packs a word of at most 8 bytes into an integer, its first
// byte lowest. Words of one length have one key each.
func stopwordKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}
