package extract

import "strings"

// A table of contents' label survives textLeaveOut when it is not alone
// on its line: a widget's buttons flattened into it ("Table of Contents
// Show", "Table of Contents[Hide][Show]", "Expand Table of Contents",
// "Skip to table of contents"), or its entries glued after a colon
// ("Table of Contents: 1. NordVPN 2. Surfshark …", a review site's list
// of its picks). A bare label the block model or a later step brings back
// stays too. The wcxb-dev gold keeps none of them (thirty-seventh
// session, "Flat precision, round four" in docs/quality.md).

// textContentsLabelLeads may come before a contents label on its line:
// the widget's buttons that open it or skip it.
var textContentsLabelLeads = []string{"", "expand ", "skip to ", "open ", "show ", "hide "}

// textLeaveOutContentsLabels marks the lines that stay in the body and
// open on a contents label (textIsContentsLabelLine).
func textLeaveOutContentsLabels(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
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
	// Every lead and the label open on one of these letters: most lines
	// are let go on their first byte.
	if low == "" {
		return false
	}
	switch low[0] {
	case 't', 'e', 's', 'o', 'h':
	default:
		return false
	}
	for _, lead := range textContentsLabelLeads {
		rest, ok := strings.CutPrefix(low, lead)
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(rest, "table of content")
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "s")
		return rest == "" || !isASCIILetter(rest[0]) && !isDigitByte(rest[0])
	}
	return false
}
