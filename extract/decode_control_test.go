package extract

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// TestPlainFlags8 holds plainFlags8, which lets controlCount pass a
// window of 32 bytes in one test, to controlBytes: a word is passed (no
// high bit) only when each of its bytes is ASCII, no control byte and
// no tab, VT, page break, carriage return or ESC, checked with every
// byte value at every place of a word among neighbours that would carry
// or borrow into it, and on random words of mostly ASCII; and a control
// byte at every place of a page of plain lines is counted once.
func TestPlainFlags8(t *testing.T) {
	plain := func(x uint64) bool {
		for k := range 8 {
			c := byte(x >> (8 * k))
			if c >= 0x80 || controlBytes[c] == 1 || c < 0x20 && c != '\n' {
				return false
			}
		}
		return true
	}
	check := func(x uint64) {
		if got, want := plainFlags8(x)&highs8 == 0, plain(x); got != want {
			t.Fatalf("plainFlags8(%#016x) passed %v, byte by byte %v", x, got, want)
		}
	}
	for _, fill := range []byte{0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 'a', 0x7E, 0x7F, 0x80, 0x8A, 0xC2, 0xFF} {
		for c := range 256 {
			for at := range 8 {
				w := bytes.Repeat([]byte{fill}, 8)
				w[at] = byte(c)
				check(binary.LittleEndian.Uint64(w))
			}
		}
	}
	rng := fastRand(154, 1)
	for range 200000 {
		check(rng.Uint64() &^ (rng.Uint64() & rng.Uint64() & highs8))
	}
	for c := range 256 {
		for at := range 72 {
			b := bytes.Repeat([]byte("harbour\n"), 9)
			b[at] = byte(c)
			if got, want := controlCount(b), int(controlBytes[c]); got != want {
				t.Fatalf("controlCount with %#x at %d = %d, want %d", c, at, got, want)
			}
		}
	}
}
