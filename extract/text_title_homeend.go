package extract

import "strings"

// textTitleUnderHomeTrail returns the text of the headline on a page
// whose title model took no line (the bar refused every candidate): the
// first block in the title window whose line above is a breadcrumb trail
// that opens on "Home" and ends in the block's own words, glued or
// spaced ("HomeResearchThe Hottest Markets …" over "The Hottest Markets
// …"). A trail names the page by its last step and the page then states
// that step as its heading. Only the title's text follows: no block is
// taken as the headline, so the body, byline and date are read as on a
// page without one. The window is the title candidates' ([first −
// textTitleWindow, first + textTitleBelow)); a block of one word or over
// textHeadlineMaxWords is no headline here.
//
// On the 1,497 wcxb-dev flat pages it names two of the title-less
// pages: an article right (with and without the URL: a heading ending
// in "U.S.", which no candidate may end in) and, with the URL, a
// service wrong where it had none; no other output moves
// (docs/quality.md, thirty-sixth session, "a title-less page's heading
// under its trail").
func textTitleUnderHomeTrail(blocks []textBlock, first int) string {
	for i := max(1, first-textTitleWindow); i < min(len(blocks), first+textTitleBelow); i++ {
		b := &blocks[i]
		if b.cue != textCueNone || b.words < 2 || b.words > textHeadlineMaxWords {
			continue
		}
		if textHomeTrailEndsIn(blocks[i-1].text, b.text) {
			return textTitleText(b)
		}
	}
	return ""
}

// textHomeTrailEndsIn reports whether line opens on "Home" (any case)
// and ends in s after at least one more byte: a breadcrumb trail whose
// last step is s, whatever its separators, flattening having glued the
// steps together ("HomeResearch…") as often as it spaced them.
func textHomeTrailEndsIn(line, s string) bool {
	rest, ok := strings.CutSuffix(line, s)
	return ok && len(rest) > len("home") && textHasLowerPrefix(rest, "home")
}
