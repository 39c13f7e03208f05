package extract

// textLeaveOutWidgetLines marks, in one walk over the blocks, every
// kept block not yet left out that is a caption closed by its show/hide
// switch (textIsSwitchedCaption, text_captionswitch.go), and every
// staying block (textStays) that a page's widget left in its flattened
// text: a share bar on one line or a share button's label
// (textIsShareRow, text_sharerow.go) and a web form's own message or
// placeholder (textIsFormMessage, text_formmessage.go).
//
// The switched captions had a walk of their own just before, asking
// keep and out of every block again (0.42 M instructions of 100 long
// wcxb-dev flat pages, fiftieth session); a caption on a cue or a URL
// line, which textStays turns away, is still asked, as that walk did.
// Each test reads its block alone, never another block or what another
// step marked, and each only marks, so asking both of a block in turn
// marks what the two walks it replaced did one after the other (share
// rows, then form messages; textLeaveOutWidgetLinesPlain in the test
// keeps them, after the captions' walk): a block the first marks no
// longer stays, and the "||" skips the second as textStays did. The
// second walk asked textStays of
// every block of the page again, as the furniture lines' three walks did
// before they became one (textLeaveOutFurnitureLines).
// TestTextWidgetLinesMatchWalks holds it to the three walks.
func textLeaveOutWidgetLines(blocks []textBlock, keep, out []bool) {
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if !keep[i] || out[i] {
			continue
		}
		b := &blocks[i]
		// The rest of textStays, asked after the caption.
		if textIsSwitchedCaption(b) || b.cue == textCueNone && b.url == "" && (textIsShareRow(b) || textIsFormMessage(b)) {
			out[i] = true
		}
	}
}
