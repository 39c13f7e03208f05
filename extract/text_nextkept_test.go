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

// TestTextNextInRunsMatchPlain holds textNextIn and textPrevIn to their
// block-at-a-time forms on pages laid out as runs, up to some 400 flags:
// long runs of dropped blocks, where textNextIn passes by
// bytes.IndexByte and textPrevIn 32 flags at a time, runs of blocks kept
// and left out, which they read eight at a time, and blocks that stay,
// from every index.
func TestTextNextInRunsMatchPlain(t *testing.T) {
	rng := fastRand(58, 229)
	for range 3000 {
		var keep, out []bool
		for runs := rng.IntN(12); runs > 0; runs-- {
			kind, n := rng.IntN(3), rng.IntN(70)
			for range n {
				k := kind > 0 || rng.IntN(40) == 0
				keep, out = append(keep, k), append(out, kind == 1 || k && rng.IntN(6) == 0)
			}
		}
		for _, o := range [][]bool{nil, out} {
			for i := range len(keep) + 1 {
				if got, want := textNextIn(keep, o, i), textNextInPlain(keep, o, i); got != want {
					t.Fatalf("n=%d out=%v: textNextIn from %d = %d, plain %d", len(keep), o != nil, i, got, want)
				}
			}
			for i := -1; i < len(keep); i++ {
				if got, want := textPrevIn(keep, o, i), textPrevInPlain(keep, o, i); got != want {
					t.Fatalf("n=%d out=%v: textPrevIn from %d = %d, plain %d", len(keep), o != nil, i, got, want)
				}
			}
		}
	}
}

// TestTextKeptBoundsMatchesPlain holds textKeptBounds, read from each
// end eight flags at a time, to a walk over every flag.
func TestTextKeptBoundsMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 41 {
		for _, p := range []float64{0, 0.05, 0.3, 0.9} {
			keep := make([]bool, n)
			for i := range n {
				keep[i] = r.Float64() < p
			}
			first, last := -1, -1
			for i, k := range keep {
				if k {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if f, l := textKeptBounds(keep); f != first || l != last {
				t.Fatalf("n=%d p=%v: textKeptBounds = %d, %d, plain %d, %d", n, p, f, l, first, last)
			}
		}
	}
}

// TestTextInSpanMatchesPlain holds textInSpan to the first and last
// index a walk over every flag finds kept and not out.
func TestTextInSpanMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 41 {
		for _, p := range []float64{0, 0.05, 0.3, 0.9} {
			keep, out := make([]bool, n), make([]bool, n)
			for i := range n {
				keep[i] = r.Float64() < p
				out[i] = r.Float64() < 0.5
			}
			for _, o := range [][]bool{nil, out} {
				lo, hi := -1, -1
				for i := range n {
					if keep[i] && (o == nil || !o[i]) {
						if lo < 0 {
							lo = i
						}
						hi = i + 1
					}
				}
				if lo < 0 {
					lo, hi = n, n
				}
				if l, h := textInSpan(keep, o); l != lo || h != hi {
					t.Fatalf("n=%d p=%v out=%v: textInSpan = [%d, %d), plain [%d, %d)", n, p, o != nil, l, h, lo, hi)
				}
			}
		}
	}
}

// TestTextNextKeptMatchesPlain holds textNextKept and textPrevKept, which
// search the flags as bytes, to textNextIn's and textPrevIn's plain forms
// without out over random flags: runs of dropped blocks long and short,
// at either end, and none kept.
func TestTextNextKeptMatchesPlain(t *testing.T) {
	rng := fastRand(57, 222)
	for range 5000 {
		keep := make([]bool, rng.IntN(90))
		odds := 1 + rng.IntN(20)
		for i := range keep {
			keep[i] = rng.IntN(odds) == 0
		}
		for i := 0; i <= len(keep); i++ {
			if got, want := textNextKept(keep, i), textNextInPlain(keep, nil, i); got != want {
				t.Fatalf("textNextKept(%v, %d) = %d, the plain loop %d", keep, i, got, want)
			}
		}
		for i := len(keep) - 1; i >= -1; i-- {
			if got, want := textPrevKept(keep, i), textPrevInPlain(keep, nil, i); got != want {
				t.Fatalf("textPrevKept(%v, %d) = %d, the plain loop %d", keep, i, got, want)
			}
		}
	}
}
