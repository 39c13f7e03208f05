package textnorm

import (
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

// EachWordBytes calls fn with each \w+ token of s as EachWord gives it,
// lower-cased into a buffer that is reused: w is valid only during the
// call. Counting and map lookups (m[string(w)] makes no string) then
// build nothing per word, where EachWord builds a string for every
// capitalised word.
func EachWordBytes(s string, fn func(w []byte, start, end int)) {
	var buf []byte
	eachToken(s, func(start, end int, lower, ascii bool) {
		tok := s[start:end]
		switch {
		case lower:
			buf = append(buf[:0], tok...)
		case ascii:
			buf = buf[:0]
			for i := 0; i < len(tok); i++ {
				c := tok[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		default:
			buf = append(buf[:0], lowerWord(tok, false, false)...)
		}
		fn(buf, start, end)
	})
}

// eachToken calls fn with the span of each \w+ token of s, whether it is
// all lower case already and whether it is all ASCII.
func eachToken(s string, fn func(start, end int, lower, ascii bool)) {
	start := -1
	lower, ascii := true, true
	for i := 0; i < len(s); {
		// ASCII bytes are read from the table; only other bytes are
		// decoded, which keeps the scan of mostly-English text cheap.
		c, size := s[i], 1
		var word bool
		if c < utf8.RuneSelf {
			word = asciiWord[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = isWordRune(r)
		}
		if word {
			if start < 0 {
				start = i
				lower, ascii = true, true
			}
			if c >= utf8.RuneSelf {
				lower, ascii = false, false
			} else if 'A' <= c && c <= 'Z' {
				lower = false
			}
		} else if start >= 0 {
			fn(start, i, lower, ascii)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(s), lower, ascii)
	}
}

// AppendWordHashes appends to dst the xxh3 hash of each \w+ token of s as
// EachWord gives it, and returns the extended slice. It builds no strings
// for ASCII words, which makes it several times faster than hashing
// EachWord's tokens on real text, where capitalised words are common.
func AppendWordHashes(dst []uint64, s string) []uint64 {
	var buf [64]byte
	start, ascii := -1, true
	for i := 0; i <= len(s); {
		word, size, isASCII := false, 1, true
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				word = asciiWord[c]
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				word, isASCII = isWordRune(r), false
			}
		}
		if word {
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && isASCII
		} else if start >= 0 {
			dst = appendWordHash(dst, s[start:i], ascii, &buf)
			start = -1
		}
		i += size
	}
	return dst
}

func appendWordHash(dst []uint64, w string, ascii bool, buf *[64]byte) []uint64 {
	if !ascii || len(w) > len(buf) {
		return append(dst, xxh3.HashString(lowerWord(w, false, false)))
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return append(dst, xxh3.Hash(buf[:len(w)]))
}
