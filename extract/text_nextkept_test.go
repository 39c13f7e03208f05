package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextNextInMatchesPlain holds textNextIn and textPrevIn, which read
// eight flags at a time, to their block-at-a-time forms, on flags of
// every length up to 40 set at random, sparse and dense, with and
// without out, from every index.
func TestTextNextInMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 41 {
		for _, p := range []float64{0.05, 0.3, 0.9} {
			keep, out := make([]bool, n), make([]bool, n)
			for i := range n {
				keep[i] = r.Float64() < p
				out[i] = r.Float64() < 0.5
			}
			for _, o := range [][]bool{nil, out} {
				for i := range n + 1 {
					if got, want := textNextIn(keep, o, i), textNextInPlain(keep, o, i); got != want {
						t.Fatalf("n=%d p=%v out=%v: textNextIn from %d = %d, plain %d", n, p, o != nil, i, got, want)
					}
				}
				for i := -1; i < n; i++ {
					if got, want := textPrevIn(keep, o, i), textPrevInPlain(keep, o, i); got != want {
						t.Fatalf("n=%d p=%v out=%v: textPrevIn from %d = %d, plain %d", n, p, o != nil, i, got, want)
					}
				}
			}
		}
	}
}
