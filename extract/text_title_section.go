package extract

import "strings"

// textTitleSectionTail returns the headline a page with no title states
// with its section's name set after it ("How meditation rewires brains
// and improves physical health | Opinion", as a newspaper group's papers
// print the headlines of their opinion pages): the tail costs the line
// the title model's bar (0120 scored 2.97 under it, as a "Headline |
// Site" line does), and the gold keeps the headline without it. The
// page's one line of its own ending in such a tail (textSectionTails),
// headline-shaped once it is cut (textIsHeadline) and above the body's
// textTitleBelow blocks, gives its head; a page listing several such
// lines (another paper's links to its opinion pieces) gives none, nor
// does a page with a title. On the wcxb-dev flat pages read with their
// URL it gave one article its title and moved no other page; without the
// URL 0120 takes another line and nothing moves
// (docs/quality/text-extraction-2.md, forty-third session). Only the
// title's text follows.
func textTitleSectionTail(blocks []textBlock, title string, first int) string {
	if title != "" {
		return title
	}
	at := -1
	for i := range blocks {
		if _, ok := textCutSectionTail(blocks[i].text); ok {
			if at >= 0 {
				return title
			}
			at = i
		}
	}
	if at < 0 || at >= first+textTitleBelow {
		return title
	}
	head, _ := textCutSectionTail(blocks[at].text)
	if b := textNewBlock(head); b.lines || !textIsHeadline(&b) {
		return title
	}
	return head
}

// textSectionTails are the sections a newspaper sets after a headline,
// " | " between: opinion pages' names.
var textSectionTails = []string{" | Opinion", " | Commentary", " | Editorial"}

// textCutSectionTail returns s less a section's tail (textSectionTails)
// and whether it had one.
func textCutSectionTail(s string) (string, bool) {
	for _, t := range textSectionTails {
		if h, ok := strings.CutSuffix(s, t); ok {
			return h, true
		}
	}
	return s, false
}
