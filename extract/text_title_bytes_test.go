package extract

import (
	"strings"
	"testing"
)

// TestTextHoldsBytesMatchesPlain holds the title furniture's one pass for
// '&' and ':', in blocks (textHoldsBytesBlocks) and as the furniture asks
// it (textHoldsBytes), to the byte loop (textHoldsBytesPlain), and the
// loop to two searches: every length from 0 to 80 with each byte alone
// and both at each place (a block's first and last bytes, the
// overlapping last block), then 20,000 lines of the bytes, letters, "é"
// and an invalid byte, each cut at every one of its last twenty bytes.
func TestTextHoldsBytesMatchesPlain(t *testing.T) {
	var lines []string
	for n := 0; n <= 80; n++ {
		lines = append(lines, strings.Repeat("a", n))
		for p := range n {
			for _, c := range []string{"&", ":"} {
				lines = append(lines, strings.Repeat("a", p)+c+strings.Repeat("a", n-p-1))
			}
			if p+1 < n {
				lines = append(lines, strings.Repeat("a", p)+":"+strings.Repeat("a", n-p-2)+"&")
			}
		}
	}
	rng := fastRand(253, 1)
	pieces := []string{"&", ":", "&lt;", "://", "a", "Z", " ", "é", "\xff", "Harbour News", "9", "\x00"}
	for range 20000 {
		s := fastPieces(rng, pieces, 1, 20)
		for k := max(len(s)-20, 0); k <= len(s); k++ {
			lines = append(lines, s[:k])
		}
	}
	var with [2]int
	for _, s := range lines {
		var want uint8
		for i, c := range []byte{'&', ':'} {
			if strings.IndexByte(s, c) >= 0 {
				want |= 1 << i
				with[i]++
			}
		}
		if got := textHoldsBytesPlain(s, '&', ':'); got != want {
			t.Fatalf("textHoldsBytesPlain(%q) = %02b, the searches %02b", s, got, want)
		}
		if got := textHoldsBytes(s, '&', ':'); got != want {
			t.Fatalf("textHoldsBytes(%q) = %02b, the searches %02b", s, got, want)
		}
		if len(s) >= 16 {
			if got := textHoldsBytesBlocks(s, '&', ':'); got != want {
				t.Fatalf("textHoldsBytesBlocks(%q) = %02b, the searches %02b", s, got, want)
			}
		}
	}
	for i, n := range with {
		if n < 1000 || len(lines)-n < 1000 {
			t.Errorf("%d of %d lines hold byte %d: too few either way", n, len(lines), i)
		}
	}
}
