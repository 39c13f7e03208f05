package textnorm

import (
	"math/bits"
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
	first      byte // the word's first byte as the text has it (First)
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
	sc.first = 0
}

// Next moves to the next word and reports whether there is one. An ASCII
// word that opens with a letter is found and lowered eight bytes at a
// time (letters8): one load, the letters flagged and lowered together,
// the word's end at the lowest byte flagged, the eight bytes stored to
// the buffer at once. The byte after the word is then read from the
// table (wordLower) to tell a gap, a byte beyond ASCII (endsAt) or a
// digit or '_' that the word goes on with (wordFrom, byte by byte, as
// for a word of more than eight letters or one that opens with a digit;
// a word of 9 to 15 letters ended by a gap reads its next eight bytes
// so, with no call).
// A word with other letters is read the general way (nextFrom).
//
// Most words are short (some 5 bytes on 100 wcxb-dev flat pages), so the
// eight bytes are read once a word, where the byte loop cost 9
// instructions a byte: Next 31.4 -> 20.4 M of its own over the 361
// thousand calls on those pages, with wordFrom 3.9 M
// (docs/quality/text-extraction-3.md, "Text speed, the word scanner
// eight bytes at a time", fifty-second session). Earlier eight-byte forms classed
// digits and '_' too and lost (text-extraction-2.md, thirty-eighth
// session): here a word of letters needs one range test.
//
// The buffer is held at the text's length (Reset), so a text of eight
// bytes or more leaves room for the eight bytes stored at the word's
// start; within the text's last eight bytes those are read as a whole and
// shifted down to start at the word, the bytes past the text read as
// zero, which is no letter.
func (sc *WordScanner) Next() bool {
	s, i := sc.s, sc.next
	var low, other, x uint64 // x: the eight bytes at i; its low byte is the word's first (First)
loop:
	for {
		if k := i + 8; uint(k) > uint(len(s)) {
			if uint(i) >= uint(len(s)) {
				sc.end, sc.next = len(s), len(s)
				return false
			}
			if len(s) < 8 {
				return sc.nextShort(i)
			}
			x = load8(s[len(s)-8:]) >> (uint(k-len(s)) * 8 & 63)
		} else {
			x = load8(s[i:k])
		}
		// letters8's call shares its line with the test: the compiler
		// marks an inlined call by a NOP where no instruction of the
		// caller's stands on the call's line (see the word's store below).
		if low, other = letters8(x); other&0x80 == 0 { // a letter at i
			break
		}
		switch wordLower[byte(x)] {
		case wordGap:
			// A gap byte, then a letter: the space of ", " or ". ", which
			// the word before skipped the mark of. The word is in the
			// bytes loaded, shifted down a byte, the byte the shift
			// empties flagged as no letter; an ASCII gap byte carries
			// nothing into the letter's flag (letters8). A sixth of the
			// gaps on the wcxb-dev flat pages are two bytes, which took
			// the byte loop and a second load: Next 27.60 -> 27.05 M
			// inclusive on 100 of them, wordFrom +0.18 M for the words of
			// seven letters or more so cut (text-extraction-4.md, "the
			// scanner's two-byte gaps", fifty-third session).
			if other&0x8000 == 0 {
				i, x, low, other = i+1, x>>8, low>>8, other>>8|1<<63
				break loop
			}
			// the gaps' other bytes one at a time
			for i++; uint(i) < uint(len(s)) && wordLower[s[i]] == wordGap; i++ {
			}
			continue
		case wordOther:
			return sc.nextFrom(i)
		}
		return sc.wordFrom(i, 0) // a digit or '_' at i
	}
	// The eight bytes are stored after the scanner's fields: stored
	// before, they might be the fields' own memory to the compiler, which
	// then read the buffer's capacity again to cut the word (3
	// instructions a word).
	//
	// On the two exits most words take (a gap or the text's end after
	// the word) they are stored by put8's body written out: an inlined
	// call whose line holds no instruction of the caller's is marked by
	// a NOP, one a word, as letters8's was above. With both gone and b8
	// cut before n (which moved the capacity test's compare and branch
	// off a 32-byte boundary, where the assembler padded it with a
	// four-byte NOP against Intel's jump erratum), a word after a
	// one-byte gap runs 55 instructions here, not 58: Next 26.74 -> 25.87 M
	// on 100 long wcxb-dev flat pages (text-extraction-4.md, "the word
	// scanner's NOPs", fifty-fourth session). go tool objdump -s
	// 'WordScanner..Next' shows the layout; any body added here moves it.
	b8 := sc.buf[:8]
	n := bits.TrailingZeros64(other) >> 3 // the letters from i, 1 to 8
	if e := i + n; uint(e) < uint(len(s)) {
		if v := wordLower[s[e]]; v == wordGap {
			sc.buf = sc.buf[:n]
			sc.start, sc.end, sc.next, sc.and, sc.first = i, e, e+1, wordLetters, byte(x)
			b8[0], b8[1], b8[2], b8[3], b8[4], b8[5], b8[6], b8[7] = byte(low), byte(low>>8), byte(low>>16), byte(low>>24), byte(low>>32), byte(low>>40), byte(low>>48), byte(low>>56)
			return true
		} else if v == wordOther {
			put8(b8, low)
			sc.and = wordLetters
			return sc.endsAt(i, e, b8[:n])
		}
	} else {
		sc.buf = sc.buf[:n]
		sc.start, sc.end, sc.next, sc.and, sc.first = i, e, e, wordLetters, byte(x)
		b8[0], b8[1], b8[2], b8[3], b8[4], b8[5], b8[6], b8[7] = byte(low), byte(low>>8), byte(low>>16), byte(low>>24), byte(low>>32), byte(low>>40), byte(low>>48), byte(low>>56)
		return true
	}
	put8(b8, low)
	// Eight letters and a word byte after them: a word of 9 to 15
	// letters ended by a gap is read from its next eight bytes as its
	// first were, stored after them, where wordFrom took a call and a
	// byte's loop for each letter past the eighth. The long words are
	// half of those the block reader asks the scanner for on 100 long
	// wcxb-dev flat pages (36,000 of 70,254; 34,000 of 9 to 15
	// letters): Next 13.78 -> 13.17 M inclusive, wordFrom 4.21 -> 1.81
	// M (text-extraction-6.md, "the scanner reads words of nine to
	// fifteen letters sixteen bytes at a time", fifty-ninth session;
	// TestWordScannerLongWordsMatchSpan).
	if k := i + 16; n == 8 && uint(k) <= uint(len(s)) {
		low, other = letters8(load8(s[i+8 : k]))
		m := bits.TrailingZeros64(other) >> 3
		if e := i + 8 + m; m < 8 && wordLower[s[e]] == wordGap {
			put8(sc.buf[8:16], low)
			sc.buf = sc.buf[:8+m]
			sc.start, sc.end, sc.next, sc.and, sc.first = i, e, e+1, wordLetters, byte(x)
			return true
		}
	}
	return sc.wordFrom(i, n)
}

// nextShort is Next from byte i of a text under eight bytes.
func (sc *WordScanner) nextShort(i int) bool {
	s := sc.s
	for ; ; i++ {
		if uint(i) >= uint(len(s)) {
			sc.end, sc.next = len(s), len(s)
			return false
		}
		if v := wordLower[s[i]]; !wordEnds(v) {
			return sc.wordFrom(i, 0)
		} else if v == wordOther {
			return sc.nextFrom(i)
		}
	}
}

// wordFrom reads the ASCII word at i byte by byte from its byte j on, j
// at most 8, the bytes before j lowered into the buffer and all letters.
// The AND Letters reads starts at wordLetters, which a word of letters
// keeps and any digit or '_' clears a bit of, as the word's own first
// bytes would.
func (sc *WordScanner) wordFrom(i, j int) bool {
	s := sc.s
	t := s[i:]
	buf := sc.buf[:len(t)]
	and := uint(wordLetters)
	// j &= 15 tells the compiler that j is not negative, which drops a
	// bounds check of the buffer at every byte
	for j &= 15; j < len(t); j++ {
		v := wordLower[t[j]]
		if wordEnds(v) {
			if v == wordOther {
				sc.and = byte(and) // kept only if the word ends there
				return sc.endsAt(i, i+j, buf[:j])
			}
			// an ASCII byte that is no word's: the next word is sought
			// past it, which saves the search a byte's test a word
			sc.buf = sc.buf[:j]
			sc.start, sc.end, sc.next, sc.and, sc.first = i, i+j, i+j+1, byte(and), t[0]
			return true
		}
		buf[j] = v
		and &= uint(v)
	}
	sc.buf = sc.buf[:j] // sc.buf's own array: only the length is stored, no pointer
	sc.start, sc.end, sc.next, sc.and, sc.first = i, i+j, i+j, byte(and), t[0]
	return true
}

// letters8 lowers the eight bytes of x (low: each byte with its 0x20 bit
// set, which lowers a capital and keeps a small letter) and flags in
// other the high bit of each byte that is no ASCII letter: a lowered
// byte under 'a' (adding 0x1f leaves its high bit clear) or over 'z'
// (adding 5 sets it). A byte beyond ASCII is flagged by one of the two
// (lowered, it is 0xa0 or more: adding 5 sets the high bit up to 0xfa,
// adding 0x1f wraps from 0xe1 on), so x's own high bit is not asked.
// Such a byte may carry into the byte above it, which is then flagged
// wrongly or not, but a letter carries nothing, so the lowest flag is
// exact, and only it is read. A letter flagged wrongly would only send
// the word to wordFrom; TestLetters8 holds the flags to every byte.
func letters8(x uint64) (low, other uint64) {
	low = x | 0x2020202020202020
	other = ((low + 0x0505050505050505) | ^(low + 0x1f1f1f1f1f1f1f1f)) & 0x8080808080808080
	return low, other
}

// Letters8 is letters8 for a caller that reads short words of letters
// itself, from eight bytes it loaded: low holds the bytes lowered, and the
// lowest byte whose high bit other sets is the first that is no ASCII
// letter (the bytes above it may be flagged wrongly). extract's block
// reader takes most words so, with no call of Next (WordScanner.NextFrom).
func Letters8(x uint64) (low, other uint64) { return letters8(x) }

// IsWordGap reports whether c is an ASCII byte that is no \w byte: a word
// of ASCII letters followed by one ends there.
func IsWordGap(c byte) bool { return wordLower[c] == wordGap }

// wordLetters is an AND of lowered ASCII letters, which Letters reads as
// a word of letters.
const wordLetters = 0x60

// load8 reads s[:8] as a little-endian word, in one load.
func load8(s string) uint64 {
	t := s[:8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// put8 stores x into b[:8], b[0] its lowest byte, in one store.
func put8(b []byte, x uint64) {
	b = b[:8]
	b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24), byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}

// Letters reports, when known is true, whether the current word is all
// letters. The ASCII loop keeps the AND of the word's lowered bytes, which
// are a-z, 0-9 and '_', started at wordLetters (a word of letters read
// eight bytes at a time keeps that): every letter has the bits 0x40 and
// 0x20, a digit lacks 0x40 and '_' 0x20, so the word is all letters just
// when its AND has both. A word read the general way, or whose AND is 0 ("a_0"), is
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
	// A word that opens with an ASCII byte, as after a curly quote,
	// a dash or the apostrophe of "it’s", is read as Next reads one, eight
	// bytes at a time, where a byte loop appended each byte to the buffer
	// (nextFrom 2.02 -> 1.91 M inclusive on 100 long wcxb-dev flat pages;
	// text-extraction-6.md, "the word after a mark beyond ASCII",
	// fifty-ninth session; TestWordScannerAfterRunesMatchSpan). With a
	// word byte at i, Next reads the word there and does not come back
	// here before its end. A word that opens with a rune beyond ASCII has
	// other letters.
	if s[i] < utf8.RuneSelf {
		sc.next = i
		return sc.Next()
	}
	return sc.nextOther(i)
}

// endsAt settles the ASCII word bytes read from start into buf, up to
// byte i beyond ASCII: a word rune there makes the word one with other
// letters (nextOther), anything else ends it.
func (sc *WordScanner) endsAt(start, i int, buf []byte) bool {
	if r, _ := utf8.DecodeRuneInString(sc.s[i:]); isWordRune(r) {
		return sc.nextOther(start)
	}
	sc.buf, sc.start, sc.end, sc.next, sc.first = buf, start, i, i, sc.s[start]
	return true
}

// nextOther reads the word at start, which holds a letter beyond ASCII,
// as EachWord gives it.
func (sc *WordScanner) nextOther(start int) bool {
	_, end, _, _, _ := scanToken(sc.s, start)
	sc.buf = append(sc.buf[:0], lowerWord(sc.s[start:end], false, false)...)
	sc.start, sc.end, sc.next, sc.and, sc.first = start, end, end, 0, sc.s[start]
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

// First is the current word's first byte as the text has it, not
// lowered: s[Start()] without the text's bounds checked again. Next
// holds it already (the low byte of the eight it loads, for most words),
// and the block reader's capital count asked the text for it at every
// word (8 instructions a word, 2.26 M of 100 wcxb-dev flat pages' 361 M;
// docs/quality/text-extraction-3.md, "the scanner's first byte",
// fifty-second session). TestWordScannerFirstMatchesText holds it to the
// text's byte.
func (sc *WordScanner) First() byte { return sc.first }

// End is the byte offset just past the current word in the text: the
// bytes between one word's End and the next word's Start are no word's.
func (sc *WordScanner) End() int { return sc.end }

// After is where Next seeks the next word: End, or past the one ASCII byte
// after an ASCII word, which is no word's.
func (sc *WordScanner) After() int { return sc.next }

// NextFrom is Next from byte i: i must be no earlier than the current
// word's End (0 after Reset) and no later than the next word's start, as
// a caller that read the words between itself has it (extract's block
// reader, which reads short words of letters from their eight bytes and
// asks the scanner of the others).
func (sc *WordScanner) NextFrom(i int) bool {
	sc.next = i
	return sc.Next()
}

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
//
// A token's ASCII letters are first skipped eight at a time, as Next reads
// a word (letters8), while eight bytes are left; the byte loop goes on
// from there with digits, '_', bytes beyond ASCII and the text's last
// bytes. On 100 long wcxb-dev flat pages this saved only some 0.1 M of
// Extract's 351 M (scanToken 1.32 -> 1.22 M with AppendJoinedWords'
// words): the words read here are few and short (docs/quality/
// text-extraction-3.md, "Text speed, the other word walks eight bytes at
// a time", fifty-second session).
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
	for i+8 <= len(s) { // the letters eight at a time (letters8)
		x := load8(s[i:])
		_, other := letters8(x)
		k := bits.TrailingZeros64(other) >> 3
		if mask := ^uint64(0) >> (64 - 8*k); ^x&mask&0x2020202020202020 != 0 {
			lower = false // a capital lacks the 0x20 bit
		}
		i += k
		if k < 8 {
			break
		}
	}
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
		// Its ASCII letters are skipped and lowered eight at a time first
		// (letters8), as Next reads a word: a 3-KB bench article's hashes
		// 100.6 -> 88.4 thousand instructions, a seed page's 175 -> 132
		// (text-extraction-3.md, fifty-second session).
		for i+8 <= len(s) && n <= len(buf)-8 {
			low, other := letters8(load8(s[i:]))
			put8(buf[n:], low) // the bytes past the letters are overwritten or not hashed
			k := bits.TrailingZeros64(other) >> 3
			n, i = n+k, i+k
			if k < 8 {
				break
			}
		}
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
