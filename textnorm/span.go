package textnorm

import (
	"slices"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

// EachWordSpan calls fn with each \w+ token of s, as EachWord gives it,
// and the byte offsets [start, end) of the token in s, so a caller can map
// matches back to the original text.
func EachWordSpan(s string, fn func(w string, start, end int)) {
	eachToken(s, func(start, end int, lower, ascii bool) {
		fn(lowerWord(s[start:end], lower, ascii), start, end)
	})
}

// WordScanner reads the \w+ tokens of a text one at a time, as EachWord
// gives them but lower-cased into a buffer it reuses: counting and map
// lookups (m[string(w)] makes no string) then build nothing per word, and
// a loop over Next makes no call through a function value per word. Text
// extraction reads every word of every block of a page this way.
type WordScanner struct {
	s          string
	start, end int // the current word's span
	next       int // where the next word is sought: end, or past the one ASCII byte after an ASCII word
	buf        []byte
	and        byte // the AND of an ASCII word's lowered bytes (Letters); 0 when not kept
}

// NewWordScanner returns a scanner positioned before the first word of s.
func NewWordScanner(s string) WordScanner {
	var sc WordScanner
	sc.Reset(s)
	return sc
}

// Reset positions the scanner before the first word of s, keeping its
// word buffer: one scanner can read many texts without allocating again.
//
// The buffer is grown here to the text's length, which no ASCII word of
// it outgrows, so that Next slices it without a test of its capacity a
// word (docs/quality.md, "Text speed, the reader", thirty-ninth session);
// NewWordScanner and Reset are the only ways to give the scanner a text.
func (sc *WordScanner) Reset(s string) {
	sc.s, sc.start, sc.end, sc.next = s, 0, 0, 0
	if cap(sc.buf) < len(s) {
		sc.buf = slices.Grow(sc.buf[:0], len(s))
	}
}

// Forget leaves the scanner with no text and its word buffer zeroed, keeping
// the buffer's room: a pooled scanner put back after a page then holds none
// of the page's words (the buffer keeps the last words read, lowered,
// until the next text overwrites them).
func (sc *WordScanner) Forget() {
	sc.Reset("")
	clear(sc.buf[:cap(sc.buf)])
}

// Next moves to the next word and reports whether there is one. An ASCII
// word is found and lowered in one pass over its bytes, one table read a
// byte (wordLower); a word with other letters is read the general way.
// The loops test each byte once (wordEnds) and leave the bytes beyond
// ASCII to calls out of the loop (nextFrom, endsAt), so that the common
// case runs in few instructions and a small frame: 325 thousand words a
// hundred wcxb-dev flat pages.
//
// An ASCII word is lowered into the buffer by index, the buffer held at
// the text's length (Reset; no word is longer), so that a byte costs no
// capacity check and no length kept by append, and only the word's
// length is stored at its end: some 5 M of 100 wcxb-dev flat pages' 503
// M instructions (docs/quality.md, text speed, round twenty-seven).
func (sc *WordScanner) Next() bool {
	s, i := sc.s, sc.next
	// To the word's first byte, told by one table read and one comparison
	// (wordEnds); the end of the text and a byte beyond ASCII are asked
	// only of a byte that is no ASCII word byte. The gaps were skipped
	// and then the byte read again and tested twice: 15 instructions of
	// each word's where 10 are left (40.4 -> 36.8 M of 100 wcxb-dev flat
	// pages; docs/quality.md, "Text speed, the decoder and the reader",
	// fortieth session).
	var v byte
	for ; ; i++ {
		if uint(i) >= uint(len(s)) { // as unsigned, so s[i] needs no check of its own
			sc.end, sc.next = len(s), len(s)
			return false
		}
		if v = wordLower[s[i]]; !wordEnds(v) {
			break
		} else if v == wordOther {
			return sc.nextFrom(i)
		}
	}
	t := s[i:]             // the word and what follows it, which it cannot outgrow
	buf := sc.buf[:len(t)] // within the capacity Reset gave it
	// The word's first byte, found above, is lowered from there, not read
	// and tested again by the loop, and the text's end is tested unsigned:
	// some 9 instructions of each word's (Next 36.78 -> 34.09 M of 100
	// wcxb-dev flat pages; docs/quality/text-extraction-2.md, "Text speed,
	// the word scanner's first byte", forty-sixth session). Without the
	// store, TestWordScannerMatchesSpan fails; with and started at all
	// ones, TestWordScannerLettersMatchPlain.
	//
	// and is a whole register: as a byte, the loop compiled with a
	// five-byte NOP inside it, run at every byte (docs/quality.md, text
	// speed, round thirty-five)
	buf[0] = v
	j, and := 1, uint(v)
	for ; j < len(t); j++ {
		v := wordLower[t[j]]
		if wordEnds(v) {
			if v == wordOther {
				sc.and = byte(and) // kept only if the word ends there
				return sc.endsAt(i, i+j, buf[:j])
			}
			// an ASCII byte that is no word's: the next word is sought
			// past it, which saves the search a byte's test a word
			sc.buf = sc.buf[:j]
			sc.start, sc.end, sc.next, sc.and = i, i+j, i+j+1, byte(and)
			return true
		}
		buf[j] = v
		and &= uint(v)
	}
	sc.buf = sc.buf[:j] // sc.buf's own array: only the length is stored, no pointer
	sc.start, sc.end, sc.next, sc.and = i, i+j, i+j, byte(and)
	return true
}

// Letters reports, when known is true, whether the current word is all
// letters. The ASCII loop keeps the AND of the word's lowered bytes, which
// are a-z, 0-9 and '_': every letter has the bits 0x40 and 0x20, a digit
// lacks 0x40 and '_' 0x20, so the word is all letters just when its AND
// has both. A word read the general way, or whose AND is 0 ("a_0"), is
// not known: the block reader's long-word count tested each word's
// letters again (textAllLetters, 8.5 M of 100 wcxb-dev flat pages' 485 M
// instructions), where one AND a byte costs less.
func (sc *WordScanner) Letters() (letters, known bool) {
	return sc.and&0x60 == 0x60, sc.and != 0
}

// wordEnds reports whether wordLower's v ends a run of ASCII word bytes:
// wordGap (no word byte) or wordOther (a byte beyond ASCII), in one
// comparison.
func wordEnds(v byte) bool { return v >= wordGap }

// nextFrom is Next from byte i, where a byte beyond ASCII stands: the
// general way, decoding it.
func (sc *WordScanner) nextFrom(i int) bool {
	s := sc.s
	sc.and = 0       // a word read this way is not known to Letters
	for i < len(s) { // to the word's first byte
		v := wordLower[s[i]]
		if v == wordOther {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				break
			}
			i += size
			continue
		}
		if v != wordGap {
			break
		}
		i++
	}
	if i >= len(s) {
		sc.end, sc.next = len(s), len(s)
		return false
	}
	start, buf := i, sc.buf[:0]
	for i < len(s) {
		v := wordLower[s[i]]
		if v == wordGap {
			break
		}
		if v == wordOther {
			return sc.endsAt(start, i, buf)
		}
		buf = append(buf, v)
		i++
	}
	sc.buf, sc.start, sc.end, sc.next = buf, start, i, i
	return true
}

// endsAt settles the ASCII word bytes read from start into buf, up to
// byte i beyond ASCII: a word rune there makes the word one with other
// letters (nextOther), anything else ends it.
func (sc *WordScanner) endsAt(start, i int, buf []byte) bool {
	if r, _ := utf8.DecodeRuneInString(sc.s[i:]); isWordRune(r) {
		return sc.nextOther(start)
	}
	sc.buf, sc.start, sc.end, sc.next = buf, start, i, i
	return true
}

// nextOther reads the word at start, which holds a letter beyond ASCII,
// as EachWord gives it.
func (sc *WordScanner) nextOther(start int) bool {
	_, end, _, _, _ := scanToken(sc.s, start)
	sc.buf = append(sc.buf[:0], lowerWord(sc.s[start:end], false, false)...)
	sc.start, sc.end, sc.next, sc.and = start, end, end, 0
	return true
}

// wordLower maps each byte to what the scanner makes of it: an ASCII \w
// character to its lower case, other ASCII characters to wordGap, and
// bytes of longer UTF-8 sequences to wordOther, which are decoded.
var wordLower = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = wordOther
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case asciiWord[c]:
			t[c] = byte(c)
		default:
			t[c] = wordGap
		}
	}
	return t
}()

// wordOther marks the bytes beyond ASCII in wordLower, and wordGap the
// ASCII bytes that are no word's. Both have the top bit, which no word
// byte has, so that Next's loop tells a word's end by one comparison
// (wordEnds) where it took a subtraction and a comparison (0 and 0xff),
// one instruction of each of a page's word bytes.
const (
	wordOther = 0xff
	wordGap   = 0x80
)

// Word is the current word, lower-cased; valid until the next call to Next.
func (sc *WordScanner) Word() []byte { return sc.buf }

// Start is the byte offset of the current word in the text.
func (sc *WordScanner) Start() int { return sc.start }

// End is the byte offset just past the current word in the text: the
// bytes between one word's End and the next word's Start are no word's.
func (sc *WordScanner) End() int { return sc.end }

// eachToken calls fn with the span of each \w+ token of s, whether it is
// all lower case already and whether it is all ASCII.
func eachToken(s string, fn func(start, end int, lower, ascii bool)) {
	for i := 0; ; {
		start, end, lower, ascii, ok := scanToken(s, i)
		if !ok {
			return
		}
		fn(start, end, lower, ascii)
		i = end
	}
}

// scanToken finds the first \w+ token of s at or after byte from: its
// span, whether it is all lower case already and whether it is all ASCII.
// ASCII bytes are read from the table; only other bytes are decoded, which
// keeps the scan of mostly-English text cheap.
func scanToken(s string, from int) (start, end int, lower, ascii, ok bool) {
	i := from
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		return 0, 0, false, false, false
	}
	start, lower, ascii = i, true, true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			if 'A' <= c && c <= 'Z' {
				lower = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		lower, ascii = false, false
		i += size
	}
	return start, i, lower, ascii, true
}

// AppendJoinedWords appends to dst the words of s as Words gives them,
// one space between each two: strings.Join(Words(s), " ") without a
// string a word. An ASCII word with capitals is lowered as it is
// appended; a word beyond ASCII is lowered as EachWord lowers it. Text
// extraction folds titles and the page lines of as many words this way to
// compare them (extract's foldTitle), where a string for each capitalised
// word was some 16 of a flattened page's 210 allocations.
func AppendJoinedWords(dst []byte, s string) []byte {
	for i, n := 0, 0; ; n++ {
		start, end, lower, ascii, ok := scanToken(s, i)
		if !ok {
			return dst
		}
		if n > 0 {
			dst = append(dst, ' ')
		}
		if w := s[start:end]; lower || !ascii {
			dst = append(dst, lowerWord(w, lower, ascii)...)
		} else {
			for k := range len(w) {
				dst = append(dst, wordLower[w[k]]) // an ASCII word byte lowered
			}
		}
		i = end
	}
}

// AppendWordHashes appends to dst the xxh3 hash of each \w+ token of s as
// EachWord gives it, and returns the extended slice. It builds no strings
// for ASCII words, which makes it several times faster than hashing
// EachWord's tokens on real text, where capitalised words are common.
func AppendWordHashes(dst []uint64, s string) []uint64 {
	var buf [64]byte // an ASCII word lowered, as it is passed
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += size
			continue
		}
		// A word starts at i. Its ASCII bytes are lowered into buf in the
		// same pass that finds its end, so an ASCII word of up to 64 bytes,
		// most words, is read once and hashed from buf.
		start, ascii, n := i, true, 0
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				if n < len(buf) {
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[n] = c
				}
				n++
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			i += size
		}
		if ascii && n <= len(buf) {
			dst = append(dst, xxh3.Hash(buf[:n]))
		} else {
			dst = append(dst, xxh3.HashString(lowerWord(s[start:i], false, false)))
		}
	}
	return dst
}
