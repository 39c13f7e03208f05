package extract

import "strings"

// The bounds of textLeaveOutPullQuotes: a quoted paragraph of
// textPullMinWords to textPullMaxWords words goes when a paragraph of more
// than textPullLonger times its words holds its text.
const (
	textPullMinWords = 8
	textPullMaxWords = 60
	textPullLonger   = 1.5
)

// textLeaveOutPullQuotes marks pull quotes: a sentence a page sets apart in
// quote marks, large, beside the paragraph it is taken from ("“The harbour
// board never asked the fishermen,” Maren Solberg said." above the
// paragraph that says so at length). The flat text keeps both, and the
// gold the paragraph alone. A paragraph that opens with a quote mark goes
// when its words, without the marks and the closing stop, stand word for
// word inside a staying paragraph of more than 1.5 times its words: an
// equal copy is a second copy (dropAdjacentCopies), not a pull quote, and
// the length keeps a short quoted reply out of the post it answers. Run
// last, on the paragraphs that stay. On the wcxb-dev flat pages 6 pages up,
// none down, articles +0.00006 (even ids) and +0.00001 (odd) simulated
// (docs/quality.md, twenty-second session).
func textLeaveOutPullQuotes(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		b := &blocks[i]
		if b.words < textPullMinWords || b.words > textPullMaxWords || !textStays(blocks, keep, out, i) {
			continue
		}
		quote := textPullQuoteCore(b.text)
		if quote == "" {
			continue
		}
		for j := range blocks {
			if j != i && float64(blocks[j].words) > textPullLonger*float64(b.words) &&
				textStays(blocks, keep, out, j) && strings.Contains(blocks[j].text, quote) {
				out[i] = true
				break
			}
		}
	}
}

// textPullQuoteCore returns a paragraph's words inside its quote marks, the
// closing marks and stop taken off, or "" when it opens with no quote mark.
func textPullQuoteCore(t string) string {
	t = strings.TrimLeft(t, " ")
	switch {
	case strings.HasPrefix(t, "“"):
		t = t[len("“"):]
	case strings.HasPrefix(t, `"`):
		t = t[1:]
	default:
		return ""
	}
	return strings.TrimRight(t, " ”\"’'.!?,…")
}
