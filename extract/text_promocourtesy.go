package extract

// textHoldsCourtesy reports whether s holds "ourtesy" or "OURTESY"
// (textPromoLists[textPromoCourtesy]), as textHasAny does: it is sought
// by its last two bytes, "sy", a rare pair that textIndexPair finds
// thirty-two places at a time, and the five bytes before each pair are
// compared (textHoldsAfter, the web test's search by a needle's end;
// fifty-seventh session). textIsPromoLine asks it
// alone of a line of more than newsletterMaxWords words with no colon and
// no " by" (textPromoSeen.has), some 890 lines of 41 to 60 words on the
// 100 long wcxb-dev flat pages of BenchmarkTextWCXB: a phrases matcher of
// the two, its windows of seven bytes moved by their last three, took
// some 1,300 instructions a line, for "our" ("your", "four") and the
// keys it shares stopped most windows (forty-seventh session,
// docs/quality/text-extraction-3.md). TestTextPromoPiecesMatchContains
// holds it to textHasAny.
func textHoldsCourtesy(s string) bool {
	return textHoldsAfter(s, "ourtes", 'y') || textHoldsAfter(s, "OURTES", 'Y')
}
