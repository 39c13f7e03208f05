package extract

import (
	"encoding/binary"
	"math/bits"

	"github.com/storyfold/storyfold/textnorm"
	"github.com/zeebo/xxh3"
)

// textTitleOverlaps reads feature 7 of the title candidates, the share of
// a candidate's content words (no stopwords) found in the first 300 words
// of the body's prose blocks, with the candidates read first: words holds
// each candidate's content words' keys (textTitleWordKey) in order (candidate k's
// from ends[k] to ends[k+1]), and forms a bit for the form (textWordForm)
// of each.
//
// The body's opening is then read into a set of only the words whose
// form some candidate's word has: a body word of another form is no
// candidate's word, and the set is asked of the candidates' words alone,
// so leaving it out changes no overlap (but where two different words'
// xxh3 hashes agree, which the set assumes away already). The body was
// read first and every word of it probed for a stopword, hashed and
// filed, some 100 instructions of each of its 34 thousand words on the
// 100 long flat pages of BenchmarkTextWCXB; a quarter of them pass the
// filter (the body and the candidates' words 12.08 -> 11.74 M;
// TestTextTitleOverlapsMatchPlain holds it to the plain form).
type textTitleOverlaps struct {
	words []uint64
	ends  []int
	forms [1 << textWordFormBits / 64]uint64
}

// textWordFormBits is the size of textTitleOverlaps' form filter: 4,096
// bits for some 240 candidates' content words a long page.
const textWordFormBits = 12

// textWordForm is a slot of textTitleOverlaps' form filter for word w, of
// its first and last bytes and its length: equal words have equal forms.
func textWordForm(w []byte) uint32 {
	if len(w) == 0 {
		return 0
	}
	return textWordFormOf(w[0], w[len(w)-1], len(w))
}

// textWordFormOf is textWordForm of a word of n bytes, first and last.
func textWordFormOf(first, last byte, n int) uint32 {
	return (uint32(first) | uint32(last)<<8 | uint32(n)<<16) * 0x9E3779B1 >> (32 - textWordFormBits)
}

// collect reads the content words of heads, the candidates' texts, with
// sc, and files their forms. The short words of ASCII letters are read
// from their eight bytes (collectShort), the others asked of the scanner.
func (o *textTitleOverlaps) collect(heads []*textBlock, sc *textnorm.WordScanner) {
	o.words, o.ends = o.words[:0], append(o.ends[:0], 0)
	clear(o.forms[:])
	for _, h := range heads {
		s := h.text
		sc.Reset(s)
		for more := sc.Next(); more; more = sc.NextFrom(o.collectShort(s, sc.After())) {
			w := sc.Word()
			// the stopwords as the block reader asks them: the scanner's
			// short words by the keys table inlined, the longer by the
			// first-byte test and a call
			stop, known := textnorm.ShortStopwordBytes(w)
			if !known {
				stop = textnorm.IsStopwordBytes(w)
			}
			if stop {
				continue
			}
			f := textWordForm(w)
			o.forms[f/64] |= 1 << (f % 64)
			key := textTitleWordKeyLoaded(w)
			if key == 0 {
				key = textTitleWordKeyPlain(w)
			}
			o.words = append(o.words, key)
		}
		o.ends = append(o.ends, len(o.words))
	}
}

// collectShort is collect's loop over the short words of ASCII letters
// of s from byte i on, as the block reader's textReadShortWords reads
// them (textTitleShortWord): it files each content word and returns
// where it stopped, at a word it does not read or within the text's last
// eight bytes, for the scanner (textnorm.WordScanner.NextFrom).
//
// Such a word's key is its eight bytes loaded, lowered and cut to its
// length (textTitleWordKey of a word of seven bytes or fewer), and its
// stopword test and form are read from them too: the scanner's Next,
// which lowers each word into its buffer byte by byte or eight at a time
// and was some 74 instructions a word, is asked only of the other words
// (TestTextTitleShortWordsMatchScanner).
func (o *textTitleOverlaps) collectShort(s string, i int) int {
	for {
		x, n, next := textTitleShortWord(s, i)
		if n == 0 {
			return i
		}
		i = next
		if _, stop := textnorm.ShortStopwordSlot(x, n); stop {
			continue
		}
		f := textWordFormOf(byte(x), byte(x>>(8*(n-1))), n)
		o.forms[f/64] |= 1 << (f % 64)
		o.words = append(o.words, x|uint64(n)<<56)
	}
}

// textTitleShortWord reads the word of s at byte i, or after the one
// ASCII byte at i that is no word's (the space of ", "), when it is one
// to textTitleWordKeyMost ASCII letters ended by such a byte and the
// eight bytes at i lie in s: x holds its bytes lowered, the first lowest
// and zero past its n, and next is where the next word is sought, past
// the byte that ends it, as the scanner seeks it. n is 0 for any other
// word (and at a gap of two bytes or more), which the scanner reads.
func textTitleShortWord(s string, i int) (x uint64, n, next int) {
	if uint(i+8) > uint(len(s)) {
		return 0, 0, i
	}
	x = load8(s, i)
	low, other := textnorm.Letters8(x)
	if other&0x80 != 0 { // no letter at i: one gap byte, then a letter?
		if other&0x8000 != 0 || !textnorm.IsWordGap(byte(x)) {
			return 0, 0, i
		}
		// an ASCII byte carries nothing into the next byte's flag
		i, low, other = i+1, low>>8, other>>8|1<<63
	}
	n = bits.TrailingZeros64(other) >> 3
	e := i + n
	if n > textTitleWordKeyMost || uint(e) >= uint(len(s)) || !textnorm.IsWordGap(s[e]) {
		return 0, 0, i
	}
	return low & textWordMasks[n], n, e + 1
}

// bodyWords is the set of the body opening's content words (the plain
// form, plainBodyWords in the test) with only the words of a form some
// candidate's word has: the same 300 words of the body's opening are
// read, and a word of another form is neither probed for a stopword nor
// hashed. The short words of ASCII letters are read from their eight
// bytes (bodyShort), the others asked of the scanner. The caller puts
// the set back (putHashSet).
func (o *textTitleOverlaps) bodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		b := &blocks[i]
		if b.words < textProseBlockWords {
			continue
		}
		s := b.text
		sc.Reset(s)
		for more := sc.Next(); more; {
			n++
			o.bodyWord(sc.Word(), words)
			var at int
			at, n = o.bodyShort(s, sc.After(), n, words)
			more = sc.NextFrom(at)
		}
	}
	return words
}

// bodyWord adds w, a word the scanner read, to words when a candidate's
// word has its form and it is no stopword.
func (o *textTitleOverlaps) bodyWord(w []byte, words *hashSet) {
	if f := textWordForm(w); o.forms[f/64]&(1<<(f%64)) == 0 {
		return
	}
	stop, known := textnorm.ShortStopwordBytes(w)
	if !known {
		stop = textnorm.IsStopwordBytes(w)
	}
	if stop {
		return
	}
	key := textTitleWordKeyLoaded(w)
	if key == 0 {
		key = textTitleWordKeyPlain(w)
	}
	words.add(key)
}

// bodyShort is bodyWords' loop over the short words of ASCII letters of
// s from byte i on (textTitleShortWord), n the words read so far: it adds
// each as bodyWord does and returns where it stopped, for the scanner,
// and the count.
func (o *textTitleOverlaps) bodyShort(s string, i, n int, words *hashSet) (int, int) {
	for {
		x, k, next := textTitleShortWord(s, i)
		if k == 0 {
			return i, n
		}
		i, n = next, n+1
		if f := textWordFormOf(byte(x), byte(x>>(8*(k-1))), k); o.forms[f/64]&(1<<(f%64)) == 0 {
			continue
		}
		if _, stop := textnorm.ShortStopwordSlot(x, k); stop {
			continue
		}
		words.add(x | uint64(k)<<56)
	}
}

// overlap is the share of candidate k's content words that body holds,
// over their count plus one (the plain form, plainBodyOverlap in the
// test).
func (o *textTitleOverlaps) overlap(k int, body *hashSet) float64 {
	hit, words := 0, o.words[o.ends[k]:o.ends[k+1]]
	for _, h := range words {
		hit += textBool(body.has(h))
	}
	return float64(hit) / float64(len(words)+1)
}

// textTitleWordKeyMost is the longest word textTitleWordKey keys by its
// bytes: seven, with the length in the eighth.
const textTitleWordKeyMost = 7

// textTitleWordKey is the overlap's key of word w: a word of seven bytes
// or fewer is its own bytes, the first lowest, with its length in the top
// byte, so that two such words share a key exactly when they are the same
// word (and no key is 0); a longer word is its xxh3 hash, as every word's
// key was. A short word's key meets a long word's hash only where a hash
// of 64 bits hits one such value, the collision the set assumed away
// already (hashSet). xxh3 was some 42 instructions a word, 1.03 M of 100
// long wcxb-dev flat pages' 387 M over the 16,898 candidate words and
// 7,614 body words hashed; most words are short, and the scanner's buffer
// holds a whole text (WordScanner.Reset), so one eight-byte load reads
// the word (TestTextTitleWordKeyMatchesPlain).
func textTitleWordKey(w []byte) uint64 {
	if k := textTitleWordKeyLoaded(w); k != 0 {
		return k
	}
	return textTitleWordKeyPlain(w)
}

// textTitleWordKeyLoaded is textTitleWordKey of a word of seven bytes or
// fewer in a buffer of eight or more, read by one load, or 0 for any
// other word (no word's key is 0). The readers' loops call it and the
// plain form only where it gives 0: with the hash's call inside, the key
// was too dear for the compiler to inline, and a short word's key cost
// some 27 instructions, the call's.
func textTitleWordKeyLoaded(w []byte) uint64 {
	if len(w) > textTitleWordKeyMost || cap(w) < 8 {
		return 0
	}
	return binary.LittleEndian.Uint64(w[:8])&(1<<(8*len(w))-1) | uint64(len(w))<<56
}

// textTitleWordKeyPlain is textTitleWordKey byte by byte, for any buffer.
func textTitleWordKeyPlain(w []byte) uint64 {
	if len(w) > textTitleWordKeyMost {
		return xxh3.Hash(w)
	}
	key := uint64(len(w)) << 56
	for i, c := range w {
		key |= uint64(c) << (8 * i)
	}
	return key
}
