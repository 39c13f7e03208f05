package extract

import (
	"testing"
)

// utf16PatternPlain is utf16Pattern without its zero-byte search: the
// pairs counted on every head.
func utf16PatternPlain(b []byte) string {
	head := b[:min(len(b), 1024)&^1]
	if len(head) < 8 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(head) / 2
	switch {
	case zeroOdd*2 >= pairs && zeroEven*20 < pairs:
		return "UTF-16LE"
	case zeroEven*2 >= pairs && zeroOdd*20 < pairs:
		return "UTF-16BE"
	}
	return ""
}

// TestUTF16PatternMatchesPlain holds utf16Pattern, which searches for a
// zero byte before it counts, to the count alone: on the test pages'
// lines and on random heads of every length up to past 1024 bytes, from
// none to every pair holding a zero on either side, or at one place.
func TestUTF16PatternMatchesPlain(t *testing.T) {
	lines := textSpeedLines(t)
	rng := fastRand(121, 49)
	for range 20000 {
		n := rng.IntN(1100)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		switch rng.IntN(4) {
		case 0: // one zero at a random place, or none
			if n > 0 && rng.IntN(2) == 0 {
				b[rng.IntN(n)] = 0
			}
		default: // zeros on one side of the pairs, now and then on the other
			side, odds, stray := rng.IntN(2), 1+rng.IntN(4), rng.IntN(40)
			for i := side; i < n; i += 2 {
				if rng.IntN(odds) == 0 {
					b[i] = 0
				}
				if stray > 0 && i^1 < n && rng.IntN(stray) == 0 {
					b[i^1] = 0
				}
			}
		}
		lines = append(lines, string(b))
	}
	name := func(s string) string {
		_, n := utf16Pattern([]byte(s))
		return n
	}
	plain := func(s string) string { return utf16PatternPlain([]byte(s)) }
	checkSameAnswer(t, lines, "utf16Pattern", name, plain, 1000)
}
