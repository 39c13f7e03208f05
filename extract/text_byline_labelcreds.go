package extract

// A byline label alone over a name with its credentials ("Article
// written by:" / "Ann Roe, MD, FOMA, DABOM") is a medical or trade
// site's author card. The author box (textAuthorBox) wants a name of at
// most four words with no comma (nameLike), so it refuses the name with
// its credentials, which the gold keeps.

// textLabelledCredName is the name with credentials (textCredName: a
// plain name, then one to textCredsMost credentials after commas) on the
// line under the first byline label alone (textIsBylineLabel, a block of
// at most three words, as the author box reads) from the body's first
// block first on; or "". On wcxb-dev flat articles one more exact
// author (0065, odd id), no other page moved.
func textLabelledCredName(blocks []textBlock, first int) string {
	for i := max(first, 0); i < len(blocks)-1; i++ {
		// The last two bytes first (textMayEndLabelPair, inlined; the
		// last byte alone until the fifty-fourth session): most blocks
		// end in none a label ends in, and the call to
		// textIsBylineLabel was some 70 instructions a short block
		// (forty-seventh session; TestTextLabelGatedWalksMatchPlain).
		if blocks[i].words > 3 || !textMayEndLabelPair(blocks[i].text) || !textIsBylineLabel(blocks[i].text) {
			continue
		}
		if name := blocks[i+1].text; textCredName(name, blocks) {
			return name
		}
	}
	return ""
}
