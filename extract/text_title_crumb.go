package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The shape textTitleUnderCrumbEnd reads: a trail of at most
// textCrumbSteps lines of at most textCrumbStepWords words from a "Home"
// line down to the line taken, and the headline at most
// textCrumbHeadBelow blocks under it, past lines of at most
// textCrumbGapWords words ("Updated"), scoring at least textCrumbHeadMin
// under the title model; or the headline right above the "Home" line,
// naming the step's topic and scoring at least textCrumbAboveMin. On the
// wcxb-dev flat titles steps 3 to 6 blocks up, 2 or 3 down and floors of
// −1 to −3 under the step found the same two articles, where no floor
// lost six titles to what stands under a trail's end; over the trail, −5
// with the topic test moved one listing, wrong to wrong (docs/quality.md,
// thirty-fifth session, "the headline next to a breadcrumb trail").
const (
	textCrumbSteps     = 3
	textCrumbStepWords = 5
	textCrumbHeadBelow = 2
	textCrumbGapWords  = 3
	textCrumbHeadMin   = -2.0
	textCrumbAboveMin  = -5.0
)

// textTitleNextToCrumbs returns the index of the block whose text names
// the page when the line taken, at, stands by a breadcrumb trail: the
// headline under or over the trail whose last step is at
// (textTitleUnderCrumbEnd), else the one a trail on one line ends in
// (textTitleTrailEnds), else at. The log-odds are read with c.w, the
// weights the page's title is chosen with.
func textTitleNextToCrumbs(c *textTitleCandidates, at int) int {
	if at < 0 {
		return at
	}
	if under := textTitleUnderCrumbEnd(c.blocks, c.cands, c.vecs, at, c.w); under != at {
		return under
	}
	return textTitleTrailEnds(c.blocks, c.cands, at)
}

// textIsCrumbHome reports whether block b is a breadcrumb trail's first
// step: "Home" alone, or with the trail's separator after it ("Home >").
// A longer line than textCrumbHomeMax bytes is more than that, and is
// not trimmed to learn it.
func textIsCrumbHome(b *textBlock) bool {
	if len(b.text) > textCrumbHomeMax {
		return false
	}
	return strings.EqualFold(strings.TrimRight(b.text, " >/»›|:"), "home")
}

// textCrumbHomeMax is the longest "Home" line textIsCrumbHome reads:
// "Home" and a few separators and spaces.
const textCrumbHomeMax = 16

// textTitleUnderCrumbEnd returns the index of the block whose text is the
// page's headline when the line taken, at, is the last step of a
// breadcrumb trail (a "Home" line at most textCrumbSteps blocks above
// it, short lines between), else at. A trail's last step names the page
// in the site's own short words ("Home", "Learning Center", "Easy Car
// Maintenance Checklist"), the headline is stated next to the trail
// ("A Car Maintenance Schedule That's Easy to Follow" under it), and the
// title model, which reads both as headlines, scores the step the higher.
// The headline is the title candidate right under the step
// (textCrumbHeadUnder), else the one right over the trail when it names
// the step's topic (textCrumbHeadOver). As in textTitleDatedAbove only
// the title's text follows: the block the body, byline and date are read
// around stays at. The log-odds are read with w, the weights the page's
// title is chosen with.
func textTitleUnderCrumbEnd(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at int, w *[textTitleFeatures]float64) int {
	home := textCrumbHome(blocks, cands, at)
	if home < 0 {
		return at
	}
	if under := textCrumbHeadUnder(blocks, cands, vecs, at, w); under != at {
		return under
	}
	return textCrumbHeadOver(blocks, cands, vecs, at, home, w)
}

// textCrumbHeadUnder is the title candidate at most textCrumbHeadBelow
// blocks under the step at, past short lines, else at. It must score at
// least textCrumbHeadMin (a menu's "Make an Appointment", a "4 min read
// time" or a dek under a trail's end score −4.7 and lower) and must not
// hold the step (a "Video: …" label before the headline the trail ends
// in).
func textCrumbHeadUnder(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at int, w *[textTitleFeatures]float64) int {
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

// textCrumbHeadOver is the title candidate right above the trail's
// "Home" line when it scores at least textCrumbAboveMin and shares half
// of the step's words ("Car Maintenance Schedule" over "HOME", "RESOURCE
// CENTER", "VEHICLE MAINTENANCE SCHEDULE"), else at. The topic test
// keeps a menu's last button or a pitch over the trail out.
func textCrumbHeadOver(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, at, home int, w *[textTitleFeatures]float64) int {
	k := slices.Index(cands, home-1)
	if k < 0 || textTitleLogit(&vecs[k], w) < textCrumbAboveMin {
		return at
	}
	step := textStems(textTitleText(&blocks[at]))
	if 2*textSharedStems(textStems(textTitleText(&blocks[home-1])), step) < len(step) {
		return at
	}
	return home - 1
}

// textCrumbHome is the index of the "Home" line of the breadcrumb trail
// whose last step, flattened one step a line, is block at: at most
// textCrumbSteps blocks above it, with only short lines that are no
// title candidates between; -1 when there is none.
func textCrumbHome(blocks []textBlock, cands []int, at int) int {
	for i := at - 1; i >= 0 && i >= at-textCrumbSteps; i-- {
		if textIsCrumbHome(&blocks[i]) {
			return i
		}
		if blocks[i].words > textCrumbStepWords || slices.Contains(cands, i) {
			return -1
		}
	}
	return -1
}

// textCrumbLineReach is how far from the line taken textTitleTrailEnds
// looks for the headline a one-line trail ends in, and
// textCrumbLineSteps how many separators that trail holds at least. On
// the wcxb-dev flat titles any reach from 4 blocks to the whole page gave
// the same titles; one separator took a label's pair for a trail.
const (
	textCrumbLineReach = 4
	textCrumbLineSteps = 2
)

// textTitleTrailEnds returns the index of the title candidate at most
// textCrumbLineReach blocks from at that a breadcrumb trail on the line
// right above it ends in, the nearest, else at. A trail of three steps
// or more flattened onto one line ("Blog/project success/startup
// insights/Comparison of SDLC Models: …") names the page by its
// headline, and the headline follows as a line of its own; the title
// model may score a heading near it the higher, the URL's slug in other
// words ("Software Development Models Comparison"). A trail of one
// separator is a label's pair ("For CPAs / CFOs") as often as a trail.
func textTitleTrailEnds(blocks []textBlock, cands []int, at int) int {
	best := at
	for _, i := range cands {
		if i < 1 || i == at || i < at-textCrumbLineReach || i > at+textCrumbLineReach {
			continue
		}
		if textTrailEndsIn(blocks[i-1].text, blocks[i].text) && (best == at || max(i-at, at-i) < max(best-at, at-best)) {
			best = i
		}
	}
	return best
}

// textTrailEndsIn reports whether line is a breadcrumb trail of at least
// textCrumbLineSteps separators (textCrumbLineSeps, spaced or not) whose
// last step is s. textEndsAfterCrumb, the title features' test, asks
// for one spaced separator only: a trail written "Blog/walks/…" passes
// here, with two separators or more (three steps).
func textTrailEndsIn(line, s string) bool {
	rest, ok := strings.CutSuffix(line, s)
	if !ok || rest == "" {
		return false
	}
	rest = strings.TrimRight(rest, " ")
	last, _ := utf8.DecodeLastRuneInString(rest)
	if !strings.ContainsRune(textCrumbLineSeps, last) {
		return false
	}
	n := 0
	for _, r := range rest {
		if strings.ContainsRune(textCrumbLineSeps, r) {
			n++
		}
	}
	return n >= textCrumbLineSteps
}

// textCrumbLineSeps are the separators of a trail on one line.
const textCrumbLineSeps = "/>»›"
