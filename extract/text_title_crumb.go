package extract

import (
	"slices"
	"strings"
)

// The shape textTitleUnderCrumbEnd reads: a trail of at most
// textCrumbSteps lines of at most textCrumbStepWords words from a "Home"
// line down to the line taken, and the headline at most
// textCrumbHeadBelow blocks under it, past lines of at most
// textCrumbGapWords words ("Updated"), scoring at least textCrumbHeadMin
// under the title model.
const (
	textCrumbSteps     = 3
	textCrumbStepWords = 5
	textCrumbHeadBelow = 2
	textCrumbGapWords  = 3
	textCrumbHeadMin   = -2.0
)

// textIsCrumbHome reports whether block b is a breadcrumb trail's first
// step: "Home" alone, or with the trail's separator after it ("Home >").
func textIsCrumbHome(b *textBlock) bool {
	if len(b.text) > 16 {
		return false
	}
	return strings.EqualFold(strings.TrimRight(b.text, " >/»›|:"), "home")
}

// textTitleUnderCrumbEnd returns the index of the block whose text is the
// page's headline: the title candidate right under the line taken when
// that line is the last step of a breadcrumb trail (a "Home" line at most
// textCrumbSteps blocks above it, short lines between), else at. A
// trail's last step names the page in the site's own short words ("Home",
// "Learning Center", "Easy Car Maintenance Checklist"), the headline
// follows it ("A Car Maintenance Schedule That's Easy to Follow"), and
// the title model, which reads both as headlines, scores the step the
// higher. The candidate under it must score at least textCrumbHeadMin
// (a menu's "Make an Appointment", a "4 min read time" or a dek under a
// trail's end score −4.7 and lower) and must not hold the step (a
// "Video: …" label before the headline the trail ends in). As in
// textTitleDatedAbove only the title's text follows: the block the body,
// byline and date are read around stays at.
func textTitleUnderCrumbEnd(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at int, w *[textTitleFeatures]float64) int {
	if !textEndsCrumbTrail(blocks, cands, at) {
		return at
	}
	for i := at + 1; i < len(blocks) && i <= at+textCrumbHeadBelow; i++ {
		k := slices.Index(cands, i)
		if k < 0 {
			if blocks[i].words > textCrumbGapWords {
				return at
			}
			continue
		}
		if textTitleLogit(&vecs[k], w) < textCrumbHeadMin ||
			strings.Contains(strings.ToLower(blocks[i].text), strings.ToLower(blocks[at].text)) {
			return at
		}
		return i
	}
	return at
}

// textEndsCrumbTrail reports whether block at is the last step of a
// breadcrumb trail flattened one step a line: a "Home" line at most
// textCrumbSteps blocks above it, and only short lines that are no title
// candidates between.
func textEndsCrumbTrail(blocks []textBlock, cands []int, at int) bool {
	for i := at - 1; i >= 0 && i >= at-textCrumbSteps; i-- {
		if textIsCrumbHome(&blocks[i]) {
			return true
		}
		if blocks[i].words > textCrumbStepWords || slices.Contains(cands, i) {
			return false
		}
	}
	return false
}
