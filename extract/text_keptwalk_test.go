package extract

import "testing"

// TestTextNextKeptMatchesPlain holds textNextKept and textPrevKept, which
// read the flags as bytes, to the plain loops over random flags: runs of
// dropped blocks long and short, at either end, and none kept.
func TestTextNextKeptMatchesPlain(t *testing.T) {
	rng := fastRand(57, 222)
	for range 5000 {
		keep := make([]bool, rng.IntN(90))
		odds := 1 + rng.IntN(20)
		for i := range keep {
			keep[i] = rng.IntN(odds) == 0
		}
		for i := 0; i <= len(keep); i++ {
			want := i
			for want < len(keep) && !keep[want] {
				want++
			}
			if got := textNextKept(keep, i); got != want {
				t.Fatalf("textNextKept(%v, %d) = %d, the plain loop %d", keep, i, got, want)
			}
		}
		for i := len(keep) - 1; i >= -1; i-- {
			want := i
			for want >= 0 && !keep[want] {
				want--
			}
			if got := textPrevKept(keep, i); got != want {
				t.Fatalf("textPrevKept(%v, %d) = %d, the plain loop %d", keep, i, got, want)
			}
		}
	}
}
