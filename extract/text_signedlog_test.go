package extract

import (
	"math"
	"testing"
)

// TestTextSignedLog1pMatchesPlain holds textSignedLog1p to the plain
// expression, to the bit: every whole number the table holds and some
// past it, of both signs, zeros of both signs, textScore's fractions,
// the halves textLog1pHalfTable holds and past it, the floats next to
// each whole number and half, infinities, NaN and random values.
func TestTextSignedLog1pMatchesPlain(t *testing.T) {
	plain := func(x float64) float64 { return math.Copysign(math.Log1p(math.Abs(x)), x) }
	xs := []float64{math.Copysign(0, -1), 0.5, -1.5, 0.3, 2.4, 1023.5, 1e300, -1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, math.MaxInt64, -math.MaxInt64}
	for n := range 1100 {
		xs = append(xs, float64(n), -float64(n), 0.3*float64(n), 0.8*float64(n), 0.5*float64(n))
		for _, y := range []float64{0.5 * float64(n), -0.5 * float64(n)} {
			xs = append(xs, math.Nextafter(y, math.Inf(1)), math.Nextafter(y, math.Inf(-1)))
		}
	}
	rng := fastRand(41, 25)
	for range 10000 {
		xs = append(xs, rng.NormFloat64()*300)
	}
	for _, x := range xs {
		got, want := textSignedLog1p(x), plain(x)
		if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("textSignedLog1p(%v) = %v, the plain expression %v", x, got, want)
		}
	}
}
