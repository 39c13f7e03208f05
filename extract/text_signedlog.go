package extract

import "math"

// textSignedLog1p is math.Copysign(math.Log1p(math.Abs(x)), x), the block
// model's feature of a block's content score (textOwnFeatures). Most
// scores are whole numbers (a long sentence's word count, 0, -1, -2,
// -30: textScore) whose logarithm textLog1pTable holds, computed by
// math.Log1p: the table spares those blocks the call (29 thousand calls,
// 2.9 M of 100 wcxb-dev flat pages' 483 M instructions). Other scores,
// and NaN or infinities, take the plain way (TestTextSignedLog1pMatchesPlain).
func textSignedLog1p(x float64) float64 {
	if a := math.Abs(x); a < float64(len(textLog1pTable)) && a == float64(int(a)) {
		return math.Copysign(textLog1pTable[int(a)], x)
	}
	return math.Copysign(math.Log1p(math.Abs(x)), x)
}
