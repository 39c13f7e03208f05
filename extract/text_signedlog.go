package extract

import "math"

// textSignedLog1p is math.Copysign(math.Log1p(math.Abs(x)), x), the block
// model's feature of a block's content score (textOwnFeatures). Most
// scores are whole numbers (a long sentence's word count, 0, -1, -2,
// -30: textScore) or halves (a short line's -1.5, a short sentence's
// 0.5, half a short prose block's odd word count), whose logarithms
// textLog1pHalvesTable holds, computed by math.Log1p: the table spares
// those blocks the call (29 thousand calls, 2.9 M of 100 wcxb-dev flat
// pages' 483 M instructions; a call to math.Log1p was some 200
// instructions, docs/quality/text-extraction-2.md, "Text speed, the
// block model's log-odds written out"). Other scores, and NaN or
// infinities, take the plain way (TestTextSignedLog1pMatchesPlain).
func textSignedLog1p(x float64) float64 {
	if v, ok := textSignedLog1pHalves(x); ok {
		return v
	}
	return math.Copysign(math.Log1p(math.Abs(x)), x)
}

// textSignedLog1pHalves is textSignedLog1p for x a whole number or a
// half under textLog1pTable's end, read from textLog1pHalvesTable, and
// ok; 0 and false for any other x. Small enough for Go to inline, it
// puts the common way into textOwnFeatures, which calls textSignedLog1p
// only for the other scores: the call, its frame and the registers
// textOwnFeatures saved around it were some 40 instructions at each of
// the 29,178 feature vectors of the 100 long wcxb-dev flat pages
// (forty-ninth session, docs/quality/text-extraction-3.md). The halves,
// 6,072 of the 27,114 scores of those pages, took the call with a table
// of their own (fifty-ninth session, docs/quality/text-extraction-6.md;
// TestTextSignedLog1pHalvesMatches).
func textSignedLog1pHalves(x float64) (float64, bool) {
	// a + a is exact and whole only where a is a whole number or a half.
	if d := math.Abs(x) * 2; d < float64(len(textLog1pHalvesTable)) && d == float64(int(d)) {
		return math.Copysign(textLog1pHalvesTable[int(d)], x), true
	}
	return 0, false
}

// textLog1pHalvesTable holds math.Log1p of 0, 0.5, 1, ... 1023.5,
// computed by it, at twice its argument: the whole numbers and the
// halves textScore gives (textCostShort, textShortSentence, half of a
// short prose block's words).
var textLog1pHalvesTable = func() (t [2 * len(textLog1pTable)]float64) {
	for k := range t {
		t[k] = math.Log1p(float64(k) / 2)
	}
	return t
}()
