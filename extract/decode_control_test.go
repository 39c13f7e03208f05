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

// TestControlCountRunsMatchPlain holds controlCount (by runs of plain
// bytes in assembly on amd64) and controlCountGo, and plainPrefix where
// there is one, to the count byte by byte: every byte value at every
// place of texts of every length up to 150 bytes, over plain fills, a
// byte beyond ASCII and line breaks, read from an offset too.
func TestControlCountRunsMatchPlain(t *testing.T) {
	plain := func(b []byte) int {
		n := 0
		for _, c := range b {
			n += int(controlBytes[c])
		}
		return n
	}
	for _, fill := range []byte{'a', '\n', 0xC3, 0x7E} {
		for n := 0; n <= 150; n++ {
			for c := range 256 {
				for _, at := range []int{0, n / 3, n / 2, n - 1} {
					if at < 0 {
						continue
					}
					b := bytes.Repeat([]byte{fill}, n+2)
					b[at] = byte(c)
					b[n] = 0x01 // past the slice read: never counted
					for _, f := range []func([]byte) int{controlCount, controlCountGo} {
						if got, want := f(b[:n]), plain(b[:n]); got != want {
							t.Fatalf("controlCount of %d bytes, %#x at %d = %d, want %d", n, c, at, got, want)
						}
						if n == 0 {
							continue
						}
						if got, want := f(b[1:n]), plain(b[1:n]); got != want {
							t.Fatalf("controlCount of %d bytes from 1, %#x at %d = %d, want %d", n-1, c, at, got, want)
						}
					}
				}
			}
		}
	}
}
