package extract

import "math"

// textLogitLoad is textLogit over f that also loads f in place for the
// trees as forestLoad does: NaN as +Inf, every other value as it is.
// textModel.above read each block's features twice, once for the
// regression's terms and once more for forestLoad's copy and its sum;
// here the log-odds stand in for the sum: a NaN feature makes them NaN
// whatever its weight, so only NaN log-odds (a NaN feature, or an
// infinity times a zero weight or infinities of both signs, which the
// second pass then leaves as they are) send the load over the features
// again. The features are written only there: a -0 needs no +0 since
// the splits' zeros are -0 (forestZero), and writing each feature back
// plus zero in the terms' loop was 5 of every two features' 16
// instructions (TestTextLogitLoadMatchesPlain).
func textLogitLoad(f *[textNumFeatures]float64, w *[textNumFeatures]float64) float64 {
	z := textLogit(f, w)
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
