package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// textEndLeadMaxWords is the most words of a lead-in over the site's
// other posts: a cue and a few words of the blog's name. The bound is
// set on wcxb-dev's flat pages (docs/quality.md, "Flat precision, round
// three", thirty-sixth session).
const textEndLeadMaxWords = 12

// textEndLeadCueRE is a lead-in's cue naming the site's other posts
// ("Other posts you'll love:", "You may also be interested in:", "More to
// read:", "Related Articles from the … blog:").
var textEndLeadCueRE = regexp.MustCompile(`\b(?:related|you (?:may|might|will|'ll|’ll) (?:also )?(?:like|love|enjoy|be interested)|other (?:posts|articles|stories)|more to read|read next|more from|posts you|articles you|recommended)`)

// textLeaveOutEndLead marks the body's last line when it is a lead-in
// over the site's other posts: a line of at most textEndLeadMaxWords
// words ending with a colon whose cue names other posts. The posts it
// led to have left the body (a teaser step or the block model), so the
// lead-in leads to nothing of the article. A lead-in over a list that
// stays is no last line, and a last line ending with a colon without
// such a cue ("For example:", "Rating:", "About the Writer:") stays: the
// gold keeps those as often as not (docs/quality.md, "Flat precision,
// round three", thirty-sixth session).
func textLeaveOutEndLead(blocks []textBlock, keep, out []bool) {
	textLeaveOutLastIf(blocks, keep, out, textIsEndLead) // text_lastblock.go
}

// textIsEndLead reports a lead-in over the site's other posts
// (textLeaveOutEndLead).
func textIsEndLead(b *textBlock) bool {
	if b.words == 0 || b.words > textEndLeadMaxWords {
		return false
	}
	return strings.HasSuffix(strings.TrimRightFunc(b.text, unicode.IsSpace), ":") && textEndLeadCueRE.MatchString(b.low)
}
