package extract

import "strings"

// A table of contents' label survives textLeaveOut when it is not alone
// on its line: a widget's buttons flattened into it ("Table of Contents
// Show", "Table of Contents[Hide][Show]", "Expand Table of Contents",
// "Skip to table of contents"), or its entries glued after a colon
// ("Table of Contents: 1. NordVPN 2. Surfshark …", a review site's list
// of its picks). A bare label the block model or a later step brings back
// stays too (textIsContentsHeading, in textLeaveOut, takes a bare label
// and the entries under it). The wcxb-dev gold keeps none of them
// (thirty-seventh session, "Flat precision, round four" in
// docs/quality.md).

// textContentsLabels open a contents label's line: the label, alone or
// after one of the widget's buttons that open it or skip it, looked up by
// the line's first byte (textCueList). "table of content" takes
// "table of contents" too (textIsContentsLabelLine).
var textContentsLabels = newTextCueList(
	"table of content", "expand table of content", "skip to table of content",
	"open table of content", "show table of content", "hide table of content",
)

// textLeaveOutContentsLabels marks the lines that stay in the body and
// open on a contents label (textIsContentsLabelLine).
func textLeaveOutContentsLabels(blocks []textBlock, keep, out []bool) {
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
		if textStays(blocks, keep, out, i) && textIsContentsLabelLine(&blocks[i]) {
			out[i] = true
		}
	}
}

// textIsContentsLabelLine reports a line that opens, past a button's
// word, on "table of contents" (or "table of content") as a whole word:
// whatever follows is the widget's buttons or the entries. A sentence
// that names the table further in ("Open the table of contents to …",
// "I keep a table of contents …") does not open on it.
func textIsContentsLabelLine(b *textBlock) bool {
	low := b.low
	for _, label := range textContentsLabels.starting(low) {
		if !textHasCuePrefix(low, label) {
			continue
		}
		rest := strings.TrimPrefix(low[len(label):], "s")
		return rest == "" || !isASCIILetter(rest[0]) && !isDigitByte(rest[0])
	}
	return false
}
