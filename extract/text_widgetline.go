package extract

// textLeaveOutWidgetLines marks, in one walk over the blocks, every
// staying block (textStays) that a page's widget left in its flattened
// text: a share bar on one line or a share button's label
// (textIsShareRow, text_sharerow.go) and a web form's own message or
// placeholder (textIsFormMessage, text_formmessage.go).
//
// Each test reads its block alone, never another block or what another
// step marked, and each only marks, so asking both of a block in turn
// marks what the two walks it replaced did one after the other (share
// rows, then form messages; textLeaveOutWidgetLinesPlain in the test
// keeps them): a block the first marks no longer stays, and the "||"
// skips the second as textStays did. The second walk asked textStays of
// every block of the page again, as the furniture lines' three walks did
// before they became one (textLeaveOutFurnitureLines).
// TestTextWidgetLinesMatchWalks holds it to the two walks.
func textLeaveOutWidgetLines(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if textStays(blocks, keep, out, i) && (textIsShareRow(&blocks[i]) || textIsFormMessage(&blocks[i])) {
			out[i] = true
		}
	}
}
