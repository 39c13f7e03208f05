package extract

// textLeaveOutFurnitureLines marks, in one walk over the blocks, the
// kept lines of three kinds that leave the body wherever they stand: the
// site's note on how it is paid or edited (textIsSiteNote, asked only
// when pageURL gives the site's name), a picture's credit
// (textIsPictureCredit) and a line holding a copyright mark or a rights
// notice (textIsCopyrightLine).
//
// Each test reads its block alone (and the site's name), never another
// block or what another step marked, so asking the three of a block in
// turn marks what the three one-kind walks it replaced did one after
// another (site notes, picture credits, copyright lines, in that order;
// textLeaveOutFurnitureLinesPlain in the test keeps them): a block the
// first marks the others skipped, as the "||" skips them here. The three walks each
// read every block of the page, some 0.4 M instructions a walk over the
// 100 long wcxb-dev flat pages; one walk and one reading of the page's
// address save two of them (docs/quality/text-extraction-2.md, "Text
// speed", forty-fifth session). TestTextFurnitureLinesMatchWalks holds
// it to the three walks.
//
// marks is the page's "©" reading the scratch keeps (nil when not known,
// and every block is searched), which the owner test may have searched
// already (textMarkBound).
func textLeaveOutFurnitureLines(blocks []textBlock, keep, out []bool, pageURL string, marks *textMarkBound) {
	host, _ := innerHostOf(pageURL)
	if marks != nil {
		marks.search()
	}
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if !keep[i] || out[i] {
			continue
		}
		b := &blocks[i]
		if host != "" && textIsSiteNote(b, host) || textIsPictureCredit(b, host) || textIsCopyrightLineIn(b, marks) {
			out[i] = true
		}
	}
}
