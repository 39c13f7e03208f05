package extract

import "strings"

// A credit set after a separator inside a byline line ("Medically
// reviewed by Jane Roe, RD — Written by Ed Poe, MS — Updated on March
// 7, 2025"): the line opens with another credit, so
// textInlineBylineName, which wants the label at the line's start,
// reads nothing, and the whole line runs past textBylineWords.

// textMidLineSeps are the marks that set a credit apart inside a line.
var textMidLineSeps = []string{" — ", " – ", " | ", " · "}

// textMidLineCredit is the name a credit label (textInlineBylineLabels)
// right after a separator names, read as textInlineBylineName reads a
// line that opens with it (the word count from the label on), or "".
func textMidLineCredit(line string) string {
	// Only "Written by" was seen set so (wcxb-dev); one search turns
	// the other lines away, which cost 2.8 M instructions on 100 flat
	// pages when every label was sought after every separator.
	if !textHoldsWrittenBy(line) {
		return ""
	}
	for _, sep := range textMidLineSeps {
		for rest := line; ; {
			k := strings.Index(rest, sep)
			if k < 0 {
				break
			}
			rest = rest[k+len(sep):]
			if name := textInlineBylineName(rest); name != "" {
				return name
			}
		}
	}
	return ""
}

// textHoldsWrittenBy reports whether line holds "ritten by " (as
// strings.Contains would): a search for "by " and a look at the bytes
// before. A search is stopped at each byte its needle opens with, and of
// the needle's bytes 'b' is the rarest in prose: a search for "y " (a
// search led by "r" stops at most words of a long line; docs/quality.md,
// "Text speed, round forty-three") stopped at every word ending in y,
// 375 thousand instructions over the 416 lines of 100 long wcxb-dev
// flat pages asked (fifty-first session).
// TestTextBylineGatesMatchContains holds it to strings.Contains.
func textHoldsWrittenBy(line string) bool {
	for i := 0; ; {
		k := strings.Index(line[i:], "by ")
		if k < 0 {
			return false
		}
		at := i + k
		if strings.HasSuffix(line[:at], "ritten ") {
			return true
		}
		i = at + 1
	}
}
