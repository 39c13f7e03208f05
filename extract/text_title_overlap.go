package extract

import (
	"encoding/binary"

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
	return (uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16) * 0x9E3779B1 >> (32 - textWordFormBits)
}

// collect reads the content words of heads, the candidates' texts, with
// sc, and files their forms. same is nil or holds, per head, the earlier
// head whose text it is, plus one, or 0 (textTitleRoom.sameTexts): such
// a head takes its first's keys, whose forms are filed already. Some 13%
// of the candidates of 100 long wcxb-dev flat pages state an earlier
// one's text (a menu's entry, a headline set twice), a tenth of their
// words, each read by the scanner again (TestTextTitleOverlapsMatchPlain).
func (o *textTitleOverlaps) collect(heads []*textBlock, same []int, sc *textnorm.WordScanner) {
	o.words, o.ends = o.words[:0], append(o.ends[:0], 0)
	clear(o.forms[:])
	for k, h := range heads {
		if k < len(same) && same[k] > 0 {
			j := same[k] - 1
			o.words = append(o.words, o.words[o.ends[j]:o.ends[j+1]]...)
			o.ends = append(o.ends, len(o.words))
			continue
		}
		for sc.Reset(h.text); sc.Next(); {
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

// bodyWords is the set of the body opening's content words (the plain
// form, plainBodyWords in the test) with only the words of a form some
// candidate's word has: the same 300 words of the body's opening are
// read, and a word of another form is neither probed for a stopword nor
// hashed. The caller puts the set back (putHashSet).
func (o *textTitleOverlaps) bodyWords(blocks []textBlock, first, last int, sc *textnorm.WordScanner) *hashSet {
	words := getHashSet(textTitleBodyWords)
	n := 0
	for i := first; i < last && n < textTitleBodyWords; i++ {
		b := &blocks[i]
		if b.words < textProseBlockWords {
			continue
		}
		for sc.Reset(b.text); sc.Next(); {
			n++
			w := sc.Word()
			if f := textWordForm(w); o.forms[f/64]&(1<<(f%64)) == 0 {
				continue
			}
			stop, known := textnorm.ShortStopwordBytes(w)
			if !known {
				stop = textnorm.IsStopwordBytes(w)
			}
			if stop {
				continue
			}
			key := textTitleWordKeyLoaded(w)
			if key == 0 {
				key = textTitleWordKeyPlain(w)
			}
			words.add(key)
		}
	}
	return words
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
