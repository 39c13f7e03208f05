package extract

import (
	"testing"
)

// TestUTF16PatternZeroGate holds utf16Pattern's zero-byte search, which
// refuses a head without a zero before the pairs are counted, to the
// arithmetic it rests on: either case wants zeros on one side in half the
// pairs, and a head of 8 bytes or more has 4 pairs, so the least head
// the count takes holds 2 zeros. For every head length up to past the
// 1024 bytes read, the test finds that least head, with the zeros at the
// head's start and at its end on either side: one zero fewer is refused,
// the least is taken by the side's name, and it holds a zero, so the
// search refuses no head the count takes.
func TestUTF16PatternZeroGate(t *testing.T) {
	name := func(b []byte) string {
		_, n := utf16Pattern(b)
		return n
	}
	for n := range 1100 {
		pairs := min(n, 1024) / 2
		if pairs < 4 {
			continue
		}
		least := (pairs + 1) / 2 // 2 or more
		for side, want := range []string{"UTF-16BE", "UTF-16LE"} {
			for _, atEnd := range []bool{false, true} {
				head := func(zeros int) []byte {
					b := make([]byte, n)
					for i := range b {
						b[i] = 'a'
					}
					first := 0
					if atEnd {
						first = pairs - zeros
					}
					for p := first; p < first+zeros; p++ {
						b[2*p+side] = 0
					}
					return b
				}
				if got := name(head(least - 1)); got != "" {
					t.Fatalf("%d bytes, %d zeros on side %d (at end %v): %q, want none", n, least-1, side, atEnd, got)
				}
				if got := name(head(least)); got != want {
					t.Fatalf("%d bytes, %d zeros on side %d (at end %v): %q, want %s", n, least, side, atEnd, got, want)
				}
			}
		}
	}
}
