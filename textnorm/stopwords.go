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
	// keys is a second set, of the stopwords of at most 8 bytes, each
	// packed into an integer with its length (stopwordKey) and placed by
	// a perfect hash of that integer (stopwordKeySlot): no two stopwords
	// share a slot, so a word read into a buffer is loaded, masked,
	// hashed with one multiplication and answered by one comparison, with
	// no probe loop and no test of a first byte before it. 0 marks an
	// empty slot; no word's key is 0, its length being in it.
	keys [stopwordKeySlots]uint64
}

// stopwordSlots is a power of two, about three times the list's length.
const (
	stopwordBits  = 9
	stopwordSlots = 1 << stopwordBits
)

// The keys table's size and its multiplier, found by trying random odd
// multipliers until the 146 packed stopwords of at most 8 bytes fell in
// 146 slots of 1,024 (the 8,637th tried; a table of 512 has no such
// multiplier to be found by chance). A stopword added to the list may
// need another: the table's construction panics on a shared slot.
const (
	stopwordKeyBits  = 10
	stopwordKeySlots = 1 << stopwordKeyBits
	stopwordKeyMul   = 0x4b452bb37375c67
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
	if i := stopwordKeySlot(key); t.keys[i] == 0 || t.keys[i] == key {
		t.keys[i] = key
	} else {
		panic("textnorm: two stopwords share a slot of the keys table: stopwordKeyMul needs changing")
	}
}

// stopwordKeySlot is the keys table's slot for a packed word: the top
// bits of its product with the multiplier, which no two stopwords share.
func stopwordKeySlot(key uint64) uint64 {
	return key * stopwordKeyMul >> (64 - stopwordKeyBits)
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
// (TestStopwordBytesLongWords). Asked of every word, with the keys
// table's one probe in place of the lens test, the call cost more than
// the test saved (docs/quality.md, "Text speed, the stopwords' keys by
// a perfect hash").
func IsStopwordBytes(w []byte) bool {
	return len(w) != 0 && stopwords.lens[w[0]]>>len(w)&1 != 0 && isStopwordBytes(w)
}

// isStopwordBytes is IsStopwordBytes of a word the lens test passed: a
// word of up to 8 bytes in a buffer of 8 or more, as the scanner's are,
// by ShortStopwordBytes, any other by the slots' probe loop.
func isStopwordBytes(w []byte) bool {
	if stop, known := ShortStopwordBytes(w); known {
		return stop
	}
	return stopwordHas(&stopwords, w)
}

// ShortStopwordBytes answers IsStopwordBytes for a word of 1 to 8 bytes
// in a buffer of 8 or more, as the scanner's are: the word is loaded as
// one integer, packed with its length (stopwordKey) and answered by one
// probe of the keys table, no probe loop (7.34 -> 6.71 M of 100 wcxb-dev
// flat pages' 458 M instructions, as isStopwordBytes). known is false
// for any other word, which is to be asked of IsStopwordBytes.
//
// It calls nothing, and is small enough to be inlined (cost 73 of the
// budget's 80): the block reader asks it of every word, in place of
// IsStopwordBytes' first-byte test and the call behind it, whose spilled
// registers the reader reloaded after it
// (docs/quality/text-extraction.md, "Text speed, the stopwords inlined
// in the block reader", forty-first session).
func ShortStopwordBytes(w []byte) (stop, known bool) {
	n := len(w)
	if uint(n-1) >= 8 || cap(w) < 8 {
		return false, false
	}
	key := binary.LittleEndian.Uint64(w[:8])&(^uint64(0)>>((64-8*n)&63)) | uint64(n&7)<<56
	// An 8-byte word's last byte, the key's top, stands where a shorter
	// word's length does: one ending in a byte under 8 ("against\x07")
	// packs as the shorter word does, and is no stopword. No word the
	// scanner reads holds such a byte. Read from the key, not w[7]: a
	// byte read again split the word's one load into five.
	return stopwords.keys[stopwordKeySlot(key)] == key && (n < 8 || key>>56 >= 8), true
}

// ShortStopwordSlot answers IsStopwordBytes for a word of 1 to 8 bytes
// that its caller has loaded already: x holds its bytes, the first
// lowest, and zero past its n bytes. slot is the word's place in the keys
// table, below StopwordKeySlots and another for each stopword: a caller
// may keep its own facts of some stopwords in a table of that length.
// The block reader loads each word once for this and for its content
// key, and counts its you and we words by the slot, where
// ShortStopwordBytes loaded the word again and a switch compared it
// (docs/quality/text-extraction-4.md, "the block reader's word loaded
// once", fifty-third session). TestShortStopwordSlotMatchesBytes holds
// it to ShortStopwordBytes.
func ShortStopwordSlot(x uint64, n int) (slot uint, stop bool) {
	key := x | uint64(n&7)<<56
	slot = uint(stopwordKeySlot(key))
	return slot, stopwords.keys[slot] == key && (n < 8 || key>>56 >= 8)
}

// StopwordSlotOfLetters is ShortStopwordSlot of a word of 1 to 8 ASCII
// letters, lowered: its bytes are all 'a' or above, so an 8-byte word's
// last byte, the key's top, is never one a shorter word's length packs
// as, and the test of it is left out (extract's short-word loop asks it
// of most words; TestStopwordSlotOfLettersMatchesSlot).
func StopwordSlotOfLetters(x uint64, n int) (slot uint, stop bool) {
	key := x | uint64(n&7)<<56
	slot = uint(stopwordKeySlot(key))
	return slot, stopwords.keys[slot] == key
}

// StopwordKeySlots bounds the slots ShortStopwordSlot gives.
const StopwordKeySlots = stopwordKeySlots

// stopwordKey packs a word of at most 8 bytes into an integer, its first
// byte lowest, and a word of fewer than 8 bytes its length in the top
// byte, which its own bytes leave zero: each word has one key, whatever
// bytes it holds, but for an 8-byte word whose last byte is under 8.
func stopwordKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k | uint64(len(w)&7)<<56
}
