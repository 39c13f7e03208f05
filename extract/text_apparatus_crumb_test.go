package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textHasCrumbMarkPlain is textHasCrumbMark as it was before short lines
// were read eight bytes at a time: three searches of the whole line.
func textHasCrumbMarkPlain(s string) bool {
	return strings.IndexByte(s, '>') >= 0 || strings.IndexByte(s, 0xBB) >= 0 || strings.IndexByte(s, 0xBA) >= 0
}

// TestTextHasCrumbMarkMatchesPlain holds textHasCrumbMark to the three
// searches on lines of every length up to past textCrumbWordsMaxLen, made
// of letters and spaces with at most one byte of a mark or a byte next to
// one (0xB9, 0xBC, '=', '?', '~') at each place, so that a word's test
// that misses a byte, or the last word's load, fails here.
func TestTextHasCrumbMarkMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(209, 64))
	odd := []byte{'>', 0xBB, 0xBA, 0xB9, 0xBC, 0x3E | 0x80, '=', '?', '~', 0xC2, 0xE2, 0x80, 0xFB}
	for n := 0; n <= textCrumbWordsMaxLen+20; n++ {
		for trial := 0; trial < 200; trial++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = "abcdefgh ij ZK "[r.IntN(15)]
			}
			s := string(b)
			if n > 0 && trial > 0 {
				b[r.IntN(n)] = odd[r.IntN(len(odd))]
				if trial%2 == 0 {
					b[n-1-r.IntN(min(n, 8))] = odd[r.IntN(len(odd))] // near the end, the last word's load
				}
				s = string(b)
			}
			if got, want := textHasCrumbMark(s), textHasCrumbMarkPlain(s); got != want {
				t.Fatalf("textHasCrumbMark(%q) = %v, the three searches %v", s, got, want)
			}
		}
	}
}
