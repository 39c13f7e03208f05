package extract

import "strings"

// The list's heading left under the article: a site sets its other
// posts under a short heading ("Recommended", "Suggested articles",
// "Featured Posts", "Latest Articles", "Previous Podcast", "Stay in the
// loop"), the block model drops the list's titles and teasers, and the
// heading stays alone as the body's last line, with nothing under it.
// A heading the article closes on heads some text under it, so a last
// line that opens like a list's heading is the site's. Of the 61
// wcxb-dev flat articles whose run after the gold's end opens on a
// short heading (the fiftieth session's census,
// docs/quality/text-extraction-3.md, "Flat precision, round eleven"),
// the lists' headings that end the body stand on 12 flat pages of 12
// sites, the gold keeping none of them: 7 articles (0307
// nutritionfacts.org, 0458 mises.org, 1974, 4096
// reithandassociates.com, 4363 business.booking.com, 4459 fermyon.com,
// 4857 levitate.ai) and 5 pages of other types (0028, 0170, 4022, 4212,
// 4866); articles 0.9462317 -> 0.9462358 (even ids +0.000004, odd
// +0.000005), held out 0.94364 -> 0.94365. Any short last line without
// a closing mark is one the gold keeps on 11 articles against 17
// ("Sweat", "Where to watch: Netflix", "Upcoming Events"), so the lead
// words are asked for. Words such as "related" or "more from" open an
// end cue (textEndCues) where a body runs across them; "Latest
// Articles" is no cue, as a blog's front page lists its own posts under
// it, but nothing is under it here.

// textTailHeadingMaxWords is the most words of a list's heading the step
// takes: the longest of the twelve has 4 ("More free SEO tools").
const textTailHeadingMaxWords = 5

// textTailHeadingLeads open a list's heading, lower-cased (the line's
// leading marks and emoji passed over: "🔥 Recommended Posts").
var textTailHeadingLeads = []string{
	"recommended", "suggested", "featured", "latest", "previous", "popular",
	"trending", "related", "more ", "recent ", "insights from", "you may also",
	"you might also", "read next", "up next", "stay up to date", "stay in the loop",
}

// textLeaveOutTailHeading marks the body's last staying paragraph when a
// paragraph stays above it and it is a list's heading
// (textIsTailHeading).
func textLeaveOutTailHeading(blocks []textBlock, keep, out []bool) {
	last := -1
	for i := len(blocks) - 1; i >= 0; i-- {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if last >= 0 {
			out[last] = true
			return
		}
		if !textIsTailHeading(&blocks[i]) {
			return
		}
		last = i
	}
}

// textIsTailHeading reports a short line without a closing mark that
// opens with one of textTailHeadingLeads or ends in "newsletter"
// ("LiteAF Newsletter").
func textIsTailHeading(b *textBlock) bool {
	// The block's lowered start (low) is the whole line when it is no
	// longer than textPhraseWindow: no lowered copy is made.
	if b.words == 0 || b.words > textTailHeadingMaxWords || b.sentEnd || b.lines || len(b.low) < len(b.text) {
		return false
	}
	low := strings.TrimLeftFunc(b.low, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	if strings.HasSuffix(low, "newsletter") {
		return true
	}
	for _, p := range textTailHeadingLeads {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}
