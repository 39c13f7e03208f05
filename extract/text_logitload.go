package extract

import "math"

// textLogitLoad is textLogit over f that also loads f in place for the
// trees as forestLoad does: -0 as +0, and NaN as +Inf. textModel.above
// read each block's features twice, once for the regression's terms
// and once more for forestLoad's copy and its sum; here the copy rides
// on the terms' loop, and the log-odds stand in for the sum: a NaN
// feature makes them NaN whatever its weight, so only NaN log-odds (a
// NaN feature, or an infinity times a zero weight or infinities of both
// signs, which the second pass then leaves as they are) send the load
// over the features again. The terms are added in textLogit's order, so
// the log-odds are the same to the bit (TestTextLogitLoadMatchesPlain).
func textLogitLoad(f *[textNumFeatures]float64, w *[textNumFeatures]float64) float64 {
	fs, ws := f[:], w[:] // the nil checks once
	z := 0.0
	for k := 0; k < len(fs)-1; k += 2 { // textNumFeatures is even (TestTextLogitMatchesPlain)
		x, y := fs[k], fs[k+1]
		z += x * ws[k]
		z += y * ws[k+1]
		fs[k], fs[k+1] = x+0, y+0
	}
	if z != z {
		textLoadNaNs(f)
	}
	return z
}

// textLoadNaNs loads f's NaNs as +Inf (forestLoad), for textLogitLoad.
func textLoadNaNs(f *[textNumFeatures]float64) {
	for k, x := range f {
		if x != x {
			f[k] = math.Inf(1)
		}
	}
}
