package extract

import (
	"encoding/binary"
	"math/bits"

	"github.com/storyfold/storyfold/textnorm"
)

// The block reader's word loaded once. textReadBlockInto asks three
// things of most words' first eight bytes: whether the word is a
// stopword (its packed key, textnorm.ShortStopwordSlot), a content word's
// key (textContentKey, its first textApartPrefix bytes) and, for a short
// word that is not all letters, its digits (textWordDigits). Each loaded
// and masked the word again; now textWordLow8 loads it once and the three
// read that integer, and the you and we counts are read from the
// stopword's slot (textVoiceBySlot) in place of a switch comparing the
// word. On the 100 long wcxb-dev flat pages the reader's 271,956 words
// are 99,846 stopwords, 152,856 content keys and 19,424 digit counts
// (docs/quality/text-extraction-4.md, "the block reader's word loaded
// once", fifty-third session).

// textWordLow8 is the first eight bytes of a non-empty word, the first
// lowest, the bytes past a shorter word zero: one load and a mask where
// the scanner's buffer holds eight bytes or more, as it does for any text
// of eight bytes or more; byte by byte in a smaller one
// (TestTextWordLow8MatchesPlain).
func textWordLow8(w []byte) uint64 {
	if cap(w) < 8 {
		return textWordLow8Plain(w)
	}
	if len(w) > 8 {
		return binary.LittleEndian.Uint64(w[:8])
	}
	return textWordShort8(w)
}

// textWordShort8 is textWordLow8 of a word of 1 to 8 bytes in a buffer of
// 8 or more, as the block reader tests before it asks.
func textWordShort8(w []byte) uint64 {
	return binary.LittleEndian.Uint64(w[:8]) & (^uint64(0) >> ((64 - 8*len(w)) & 63))
}

// textWordLow8Plain is textWordLow8 byte by byte, for any buffer.
func textWordLow8Plain(w []byte) uint64 {
	var x uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// textContentKeyOf is textContentKey of a word of n bytes whose first
// eight are x (textWordLow8).
func textContentKeyOf(x uint64, n int) uint64 {
	return x&(1<<(8*textApartPrefix)-1) | uint64(min(n, textApartPrefix))<<56
}

// textDigits8 is textWordDigits of an ASCII word of up to 8 bytes whose
// first eight are x (textWordLow8), as textWordDigits counts them, with
// no call: the reader asks any other word of textWordDigits.
func textDigits8(x uint64) int {
	return bits.OnesCount64(inRange8(x, '0', '9'))
}

// textVoiceBySlot holds, at a stopword's slot (textnorm.ShortStopwordSlot),
// what the word adds to a block's count of the reader's words (you, the
// low 32 bits) and the site's (we, the high 32), as textCountVoice counts
// them: one load and one addition a stopword in place of the switch. The
// words are all stopwords of at most 8 bytes, so each has a slot
// (TestTextVoiceBySlotMatchesSwitch).
var textVoiceBySlot = func() (t [textnorm.StopwordKeySlots]uint64) {
	for _, w := range textVoiceWords {
		slot, stop := textnorm.ShortStopwordSlot(textWordLow8Plain([]byte(w)), len(w))
		if !stop || len(w) > 8 {
			panic("extract: a voice word that is no stopword of at most 8 bytes: " + w)
		}
		you, we := textCountVoice([]byte(w), 0, 0)
		t[slot] = uint64(you) | uint64(we)<<32
	}
	return t
}()

// textVoiceOf is what stopword w, of n bytes whose first eight are x
// (textWordLow8), adds to the counts textVoiceBySlot holds: the voice
// words are all of at most 8 bytes, so a longer word adds nothing.
func textVoiceOf(x uint64, n int) uint64 {
	if n > 8 {
		return 0
	}
	slot, _ := textnorm.ShortStopwordSlot(x, n)
	return textVoiceBySlot[slot%textnorm.StopwordKeySlots]
}

// textVoiceWords are the words textCountVoice counts.
var textVoiceWords = []string{"you", "your", "yours", "yourself", "we", "our", "us", "ours"}

// textReadShortWords adds to block b, whose text is s, the short words
// of ASCII letters from byte i on, its last word having ended at end, and
// returns where it stopped and the last word's end: it reads each word as
// the scanner would (textnorm.Letters8 of the eight bytes at i), 1 to 8
// letters at i or after one ASCII byte that is no word's (the space of
// ", "), ended by such a byte or by the text's end, and stops at any
// other word, which the reader asks the scanner for
// (textnorm.WordScanner.NextFrom), and at the text's end, where it may
// return a place past it. Such a word holds no digit and is all letters,
// so of the reader's questions only the capital, "by", the stopword, the
// cookie and the long word are asked, of the eight bytes loaded.
//
// Within the text's last eight bytes the loop reads them as the scanner
// does, shifted down to start at i, the bytes past the text zero: it
// stopped there, and the scanner was asked for a block's last words and
// once more to find none, some 200 instructions a word
// (docs/quality/text-extraction-5.md, "the short-word loop reads a
// block's last words", fifty-eighth session).
//
// The reader called the scanner's Next for every word, and every register
// is a callee's in Go's calling convention, so what its loop carried was
// stored before each call and loaded after it; here a run of short words,
// most of a block's, is read in a loop that calls nothing on its common
// path (TestTextReadShortWordsMatchScanner).
func textReadShortWords(b *textBlock, s string, i, end int, keys *[]uint64) (int, int) {
	for {
		var x uint64
		if uint(i+8) <= uint(len(s)) {
			x = load8(s, i)
		} else if uint(i) < uint(len(s)) && len(s) >= 8 {
			x = textLoadTail8(s, i)
		} else {
			break
		}
		low, other := textnorm.Letters8(x)
		start := i
		if other&0x80 != 0 { // no letter at i: one gap byte, then a letter?
			if other&0x8000 != 0 || !textnorm.IsWordGap(byte(x)) {
				break
			}
			// an ASCII byte carries nothing into the next byte's flag
			start, x, low, other = i+1, x>>8, low>>8, other>>8|1<<63
		}
		n := bits.TrailingZeros64(other) >> 3
		e := start + n
		if uint(e) < uint(len(s)) && !textnorm.IsWordGap(s[e]) {
			break
		}
		if start-end > 1 {
			marks, kinds := textCountMarksIn(s, end, start)
			b.marks += marks
			b.kinds |= kinds
		}
		end, i = e, e+1
		b.words++
		c := byte(x)
		if c < 'a' { // a letter under 'a' is a capital
			b.caps++
		}
		if c|0x20 == 'b' && !b.by {
			b.by = textHasBy(s, start)
		}
		x = low & textWordMasks[n] // lowered
		if slot, stop := textnorm.StopwordSlotOfLetters(x, n); stop {
			b.stop++
			b.you += int(textVoiceBySlot[slot]) // a slot is under StopwordKeySlots
			continue
		}
		// a shorter word is no cookie (6 or 7 letters), long word nor key
		if n < min(textLongLetters, textApartLetters, len("cookie")) {
			continue
		}
		if c|0x20 == 'c' && (x == textCookie8 || x == textCookies8) {
			b.cookie = true
		}
		if n >= textLongLetters {
			b.long++
		}
		if keys != nil && n >= textApartLetters {
			*keys = append(*keys, textContentKeyOf(x, n))
		}
	}
	return i, end
}

// textLoadTail8 is the bytes of s from i on as load8 reads eight, for an
// i within s's last eight bytes (s holding eight or more): its last eight
// loaded and shifted down to start at i, the bytes past s read as zero,
// which is no letter, as the word scanner reads them. It is a call
// (cost 84 to the inliner's 80), which the short-word loop takes in about
// one block of two (11,046 of 20,932): written in the loop, the load cost the loop 0.44 M more
// of its registers' moves on 100 long wcxb-dev flat pages than the call
// (docs/quality/text-extraction-5.md, "the short-word loop reads a
// block's last words", fifty-eighth session).
func textLoadTail8(s string, i int) uint64 {
	return load8(s, len(s)-8) >> (uint(i+8-len(s)) * 8 & 63)
}

// textWordMasks holds, at n, the mask of a word's first n bytes as
// textWordLow8 loads them: the short-word loop masks its lowered word by
// one load, where a shift by 64-8n took six instructions a word.
var textWordMasks = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
	0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// textCookie8 and textCookies8 are "cookie" and "cookies" as
// textWordLow8 loads them (TestTextCookie8MatchesLoad).
const (
	textCookie8  = uint64('c') | uint64('o')<<8 | uint64('o')<<16 | uint64('k')<<24 | uint64('i')<<32 | uint64('e')<<40
	textCookies8 = textCookie8 | uint64('s')<<48
)
