//go:build !purego

package extract

import (
	"bytes"
	"testing"
)

// TestPlainPrefixMatchesPlain holds plainPrefix to a byte-by-byte walk
// that stops at a byte under 0x20 other than the line break, or at DEL:
// every byte value at every place of texts of every length up to 100
// bytes over plain fills.
func TestPlainPrefixMatchesPlain(t *testing.T) {
	want := func(b []byte) int {
		for i, c := range b {
			if c < 0x20 && c != '\n' || c == 0x7F {
				return i
			}
		}
		return len(b)
	}
	for _, fill := range []byte{'a', '\n', 0xC3, 0x80} {
		for n := 0; n <= 100; n++ {
			for c := range 256 {
				for at := -1; at < n; at++ {
					b := bytes.Repeat([]byte{fill}, n+1)
					if at >= 0 {
						b[at] = byte(c)
					}
					b[n] = 0x01 // past the slice read
					if got, want := plainPrefix(b[:n]), want(b[:n]); got != want {
						t.Fatalf("plainPrefix(%q) = %d, want %d", b[:n], got, want)
					}
				}
			}
		}
	}
}
