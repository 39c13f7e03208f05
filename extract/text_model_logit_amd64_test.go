//go:build !purego

package extract

import (
	"math"
	"testing"
)

// TestTextLogitAssemblyMatchesGo holds textLogit, on amd64 its assembly
// (textlogit_amd64.s), to textLogitGo, with AVX and, on amd64, without
// (its loop of single terms): random features and weights, zeros of both
// signs, infinities, NaNs and the extremes among both, the same to the
// bit (two NaNs alike). It fails when a step adds its products out of
// order or reads another step's features.
func TestTextLogitAssemblyMatchesGo(t *testing.T) {
	paths := []bool{textLogitVector}
	if textLogitVector {
		paths = append(paths, false)
	}
	defer func(v bool) { textLogitVector = v }(textLogitVector)
	odd := []float64{math.Copysign(0, -1), 0, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e-300, math.SmallestNonzeroFloat64}
	for _, vector := range paths {
		textLogitVector = vector
		rng := fastRand(57, 219)
		for range 50000 {
			var f, w [textNumFeatures]float64
			for k := range f {
				f[k], w[k] = rng.NormFloat64()*5, rng.NormFloat64()
				if rng.IntN(40) == 0 {
					f[k] = odd[rng.IntN(len(odd))]
				}
				if rng.IntN(60) == 0 {
					w[k] = odd[rng.IntN(len(odd))]
				}
			}
			got, want := textLogit(&f, &w), textLogitGo(&f, &w)
			if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
				t.Fatalf("AVX %v: textLogit(%v, %v) = %v, textLogitGo %v", vector, f, w, got, want)
			}
		}
	}
}
