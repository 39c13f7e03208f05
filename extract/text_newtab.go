package extract

import (
	"regexp"
	"strings"
)

// A link that leaves the site carries a notice for screen readers, "(opens in a new tab)" or
// "Opens in a new window", hidden on the screen but kept in the page's text. Where the link is an
// icon or an image, the flattened page gives the notice a line of its own, which the block model
// keeps among the paragraphs. The wcxb-dev gold bodies leave every such bare notice out
// (docs/quality.md, thirty-first session, "Shops' link labels, new-tab notices, preferred-source
// prompts and empty lists' messages"). A notice after a link's words ("Learn more about the ferry
// (Opens in a new window)") stays with the line: the gold keeps some of those.

// textNewTabMaxWords is the most words a bare notice has: "Opens in a new
// window or tab".
const textNewTabMaxWords = 7

// textIsNewTabNotice reports whether b is only a notice that a link opens
// in a new tab or window (textNewTabRE), brackets, dashes and stops aside.
// The expression runs behind a test for "new tab" or "new window", which
// every line it matches holds: textIsApparatus asks this of every short line.
func textIsNewTabNotice(b *textBlock) bool {
	return textIsWholeShortLine(b, 3, textNewTabMaxWords) && textMayOpenNewTab(b.low[0]) &&
		(strings.Contains(b.low, "new tab") || strings.Contains(b.low, "new window")) &&
		textNewTabRE.MatchString(b.low)
}

// textMayOpenNewTab reports whether c, a line's first byte, may open a
// match of textNewTabRE: a byte of its leading class (\s, a bracket, a
// hyphen, the first byte of "–" and "—") or the l of "link" or the o of
// "opens". A whole short line of three to seven words (textIsWholeShortLine)
// was searched twice, for "new tab" and "new window", some 90
// instructions on each of 3,900 lines of the 100 long wcxb-dev flat
// pages of BenchmarkTextWCXB (fifty-second session); few open so.
// TestTextMayOpenNewTabCoversRE holds it to the expression.
func textMayOpenNewTab(c byte) bool {
	switch c {
	case 'l', 'o', '(', '[', '-', 0xE2, ' ', '\t', '\n', '\f', '\r': // "–" is E2 80 93, "—" E2 80 94
		return true
	}
	return false
}

// textNewTabRE matches the lower-cased notice: "open" or "opens" (or
// "link opens"), "in", "a" or "new" alone, then "tab" or "window", or
// "window or tab", within brackets, dashes and a full stop.
var textNewTabRE = regexp.MustCompile(`^[\s(\[–—-]*(?:link\s+)?opens?\s+in\s+(?:a\s+)?new\s+(?:tab|window)(?:\s+or\s+tab)?[\s.)\]]*$`)
