package extract

import "math"

// textSignedLog1p is math.Copysign(math.Log1p(math.Abs(x)), x), the block
// model's feature of a block's content score (textOwnFeatures). Most
// scores are whole numbers (a long sentence's word count, 0, -1, -2,
// -30: textScore) whose logarithm textLog1pTable holds, computed by
// math.Log1p: the table spares those blocks the call (29 thousand calls,
// 2.9 M of 100 wcxb-dev flat pages' 483 M instructions). The halves
// (a short line's -1.5, a short sentence's 0.5, half a short prose
// block's odd word count) are read from textLog1pHalfTable: a call to
// math.Log1p was some 200 instructions of each (docs/quality/text-extraction-2.md,
// "Text speed, the block model's log-odds written out"). Other scores,
// and NaN or infinities, take the plain way (TestTextSignedLog1pMatchesPlain).
func textSignedLog1p(x float64) float64 {
	if v, ok := textSignedLog1pWhole(x); ok {
		return v
	}
	a := math.Abs(x)
	// a - 0.5 is exact for the a under the table's end, so h is whole
	// only where a is a whole number and a half.
	if h := a - 0.5; h >= 0 && h < float64(len(textLog1pHalfTable)) && h == float64(int(h)) {
		return math.Copysign(textLog1pHalfTable[int(h)], x)
	}
	return math.Copysign(math.Log1p(a), x)
}

// textSignedLog1pWhole is textSignedLog1p for x a whole number under
// textLog1pTable's end, read from the table, and ok; 0 and false for
// any other x. Small enough for Go to inline, it puts the common way
// into textOwnFeatures, which calls textSignedLog1p only for the other
// scores: the call, its frame and the registers textOwnFeatures saved
// around it were some 40 instructions at each of the 29,178 feature
// vectors of the 100 long wcxb-dev flat pages (forty-ninth session,
// docs/quality/text-extraction-3.md; TestTextSignedLog1pWholeMatches).
func textSignedLog1pWhole(x float64) (float64, bool) {
	if a := math.Abs(x); a < float64(len(textLog1pTable)) && a == float64(int(a)) {
		return math.Copysign(textLog1pTable[int(a)], x), true
	}
	return 0, false
}

// textLog1pHalfTable holds math.Log1p of 0.5 to 15.5, computed by it:
// the halves textScore gives (textCostShort, textShortSentence, half of
// a short prose block's words).
var textLog1pHalfTable = func() (t [16]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n) + 0.5)
	}
	return t
}()
