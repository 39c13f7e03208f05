package extract

import (
	"math"
	"testing"
)

// TestTextSignedLog1pMatchesPlain holds textSignedLog1p to the plain
// expression, to the bit: every whole number the table holds and some
// past it, of both signs, zeros of both signs, textScore's fractions,
// the halves under the table's end and past it, the floats next to
// each whole number and half, infinities, NaN and random values.
func TestTextSignedLog1pMatchesPlain(t *testing.T) {
	for _, x := range textSignedLog1pCases() {
		got, want := textSignedLog1p(x), textSignedLog1pPlain(x)
		if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("textSignedLog1p(%v) = %v, the plain expression %v", x, got, want)
		}
	}
}

// TestTextSignedLog1pHalvesMatches holds the tabled way, which
// textOwnFeatures reads inlined, to the plain expression: it must answer
// for every whole number and half under the table's end, of both signs,
// to the bit, and decline the rest; textOwnFeatures' score feature must
// be the plain expression's whichever way it took.
func TestTextSignedLog1pHalvesMatches(t *testing.T) {
	answered := 0
	for _, x := range textSignedLog1pCases() {
		want := textSignedLog1pPlain(x)
		v, ok := textSignedLog1pHalves(x)
		tabled := math.Abs(x) < float64(len(textLog1pTable)) && 2*x == math.Trunc(2*x)
		if ok != tabled {
			t.Fatalf("textSignedLog1pHalves(%v) answers %v, want %v", x, ok, tabled)
		}
		if ok && math.Float64bits(v) != math.Float64bits(want) {
			t.Fatalf("textSignedLog1pHalves(%v) = %v, the plain expression %v", x, v, want)
		}
		if ok && x != math.Trunc(x) {
			answered++
		}
		var f [textNumFeatures]float64
		textOwnFeatures(&textBlock{text: "A line.", words: 2, score: x}, &f)
		if got := f[25]; math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("textOwnFeatures' score feature for %v = %v, the plain expression %v", x, got, want)
		}
	}
	if answered < 500 {
		t.Fatalf("%d halves answered from the table: the cases miss them", answered)
	}
}

func textSignedLog1pPlain(x float64) float64 { return math.Copysign(math.Log1p(math.Abs(x)), x) }

// textSignedLog1pCases are the scores the two tests above read.
func textSignedLog1pCases() []float64 {
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
	return xs
}
