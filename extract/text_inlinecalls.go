package extract

import "strings"

// The bounds of textKeepInlineCalls: the line it brings back holds
// textInlineCallMinWords to textInlineCallMaxWords words, and the
// paragraphs on either side textInlineCallSideWords or more.
const (
	textInlineCallMinWords  = 6
	textInlineCallMaxWords  = 15
	textInlineCallSideWords = 12
)

// textKeepInlineCalls brings back a line that opens on a verb asking the
// reader to act ("Try the Winter Crossing for a Calmer Ride", "See how
// the timetable works for your crew.") when it stands alone between two
// paragraphs of prose that stay. The block model and the call-to-action
// feature drop such a line as a site's button, but between two paragraphs
// it is the article's own: the subhead of its closing section, worded as
// a pitch, or a sentence pointing to a guide, and the gold keeps it. The
// guards keep a site's buttons out: six words or more (a button says
// "Explore Sites", "Try the Boat", "See List"), stated once, one line, no
// web address, no glued link labels (textGluedWords), and on both
// sides a staying sentence of twelve words or more (a run of links, a
// shop's or a forum's controls stand among short lines). Lines a
// leave-out step marked stay out. On the wcxb-dev flat pages articles
// 0.9422150 -> 0.9422360 (even ids +0.0000145, odd +0.0000278), all pages
// +0.0000287, 8 pages up and 1 down, no page type down (docs/quality.md,
// thirty-first session).
func textKeepInlineCalls(blocks []textBlock, keep, out []bool) {
	for i := 1; i+1 < len(blocks); i++ {
		b := &blocks[i]
		if !b.action || keep[i] || out[i] || !textIsInlineCall(b) {
			continue
		}
		if textStays(blocks, keep, out, i-1) && textStays(blocks, keep, out, i+1) && textIsInlineCallSide(&blocks[i-1]) && textIsInlineCallSide(&blocks[i+1]) {
			keep[i] = true
		}
	}
}

// textIsInlineCall reports whether b, a line opening on a call to act,
// has the shape of a writer's pointer rather than a site's button or a
// run of links.
func textIsInlineCall(b *textBlock) bool {
	if b.words < textInlineCallMinWords || b.words > textInlineCallMaxWords || b.dup > 0 || b.cue != textCueNone || b.url != "" {
		return false
	}
	return !b.lines && !strings.Contains(b.text, "http") && !textGluedWords(b.text)
}

// textIsInlineCallSide reports whether b is a paragraph of prose: a
// sentence of textInlineCallSideWords words or more.
func textIsInlineCallSide(b *textBlock) bool {
	return b.words >= textInlineCallSideWords && b.sentEnd
}
