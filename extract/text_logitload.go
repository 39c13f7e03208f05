package extract

import "math"

// textLoadLogged loads f in place for the trees as forestLoad does (NaN
// as +Inf, every other value as it is), given z, the log-odds textLogit
// gave f. textModel.above read each block's features twice, once for the
// regression's terms and once more for forestLoad's copy and its sum;
// here the log-odds stand in for the sum: a NaN feature makes them NaN
// whatever its weight, so only NaN log-odds (a NaN feature, or an
// infinity times a zero weight or infinities of both signs, which the
// second pass then leaves as they are) send the load over the features
// again. The features are written only there: a -0 needs no +0 since
// the splits' zeros are -0 (forestZero), and writing each feature back
// plus zero in the terms' loop was 5 of every two features' 16
// instructions (TestTextLoadLoggedMatchesPlain). It takes the log-odds
// rather than calling textLogit so that it is inlined into above: with
// both calls its cost to the inliner was 115 against the budget of 80,
// a frame for each of 29 thousand questions on 100 wcxb-dev flat pages.
func textLoadLogged(f *[textNumFeatures]float64, z float64) {
	if z != z {
		textLoadNaNs(f)
	}
}

// textLoadNaNs loads f's NaNs as +Inf (forestLoad), for textLoadLogged.
func textLoadNaNs(f *[textNumFeatures]float64) {
	for k, x := range f {
		if x != x {
			f[k] = math.Inf(1)
		}
	}
}
