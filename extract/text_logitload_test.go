package extract

import (
	"math"
	"testing"
)

// TestTextLoadLoggedMatchesPlain holds textLoadLogged after textLogit,
// as textModel.above calls them, to the plain form, textLogit and then
// forestLoad over the same features: random features
// and weights with zeros of both signs, infinities, NaNs and zero
// weights among them, the log-odds the same to the bit and every loaded
// feature too.
func TestTextLoadLoggedMatchesPlain(t *testing.T) {
	rng := fastRand(41, 48)
	odd := []float64{math.Copysign(0, -1), 0, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e300}
	for n := range 40000 {
		var f, w [textNumFeatures]float64
		for k := range f {
			f[k], w[k] = rng.NormFloat64()*5, rng.NormFloat64()
			if rng.IntN(20) == 0 {
				f[k] = odd[rng.IntN(len(odd))]
			}
			if rng.IntN(20) == 0 {
				w[k] = 0
			}
		}
		if n%7 == 0 { // the commonest odd value alone: -0 with no NaN, left as it is
			f[rng.IntN(textNumFeatures)] = math.Copysign(0, -1)
		}
		plain := f
		want := textLogit(&plain, &w)
		var g [forestFeatures]float64
		forestLoad(&g, plain[:])
		got := textLogit(&f, &w)
		textLoadLogged(&f, got)
		if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("textLogit = %v, then %v", got, want)
		}
		for k := range f {
			if math.Float64bits(f[k]) != math.Float64bits(g[k]) {
				t.Fatalf("textLoadLogged loaded feature %d as %v, forestLoad as %v (features %v)", k, f[k], g[k], plain)
			}
		}
	}
}
