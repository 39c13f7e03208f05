package extract

import "strings"

// Without a URL the title model has no slug to tell the headline from a
// menu, section or site line far from the article (the no-URL misses by
// what is taken: docs/quality/text-extraction.md, "Flat titles: a line
// taken that is a field of something else gives way", thirty-eighth
// session). What the text itself tells is where the article opens: its
// headline stands by the body's first block with its date or byline
// next to it ("DECEMBER 27, 2024" / "7 weight loss tips to shed pounds
// …" over the body; "The History of Coffee" / "Mar 24, 2025" / "By Amy
// Wilhelm"), or stated twice in a row as a header and its heading do
// ("Top 10 Secure Computing Tips" twice over the tips), where a menu
// item ("About UC Davis Health") or a site's line some tens of blocks
// over the body has neither. With a URL the slug features already weigh
// the two lines, and the rule is not asked.

// textTitleOpeningNear is how near the body's first block the headline
// that gives way is looked for, textTitleOpeningFar how far above it the
// line taken must stand, and textTitleOpeningMargin how far over the bar
// where it stands (textTitleMinLogitAt) the headline must score. On the
// wcxb-dev flat pages read without their URL (1,497) the rule gave 6
// articles their title (1 even page id, 5 odd; 4 by a date or byline, 2
// by the line stated twice) and took none's. With the date or byline
// alone: a margin of 0 took a forum's ("Reply With Quote 1"), 1.5 gave
// one article fewer; the line taken 5 blocks up took three articles' (a
// writer's credentials, a document number, a shorter restatement), 20
// gave one fewer; the headline 6 blocks from the body's start gave one
// more (a buying guide's) and took one (a report's promo card signed by
// its sponsor's "Presented By"); a line taken under the body as well took
// two (a title cut from a longer line, a botanic garden's headline under
// its hours).
const (
	textTitleOpeningNear   = 5
	textTitleOpeningFar    = 10
	textTitleOpeningMargin = 1.0
)

// textTitleAtOpening returns the index of the block whose text names a
// page read without a URL when the line taken, at, stands
// textTitleOpeningFar blocks or more above the body's first block and
// does not read as the article's opening (textTitleOpens): the best
// candidate from textTitleOpeningTop to textTitleOpeningNear blocks
// under first that does and scores textTitleOpeningMargin over its bar
// (textTitleBestOtherOver), else at. As in textTitleNotHost only the
// title's text follows: the body, byline and date are read around at.
func textTitleAtOpening(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 0 || textTitleOpens(c.blocks, at) {
		return at
	}
	if at > c.first-textTitleOpeningFar {
		return at
	}
	top := textTitleOpeningTop(c.blocks, c.first)
	return textTitleBestOtherOver(c, at, textTitleOpeningMargin, func(blocks []textBlock, i int) bool {
		return i < top || i > c.first+textTitleOpeningNear || !textTitleOpens(blocks, i)
	})
}

// textTitleDatedBeside reports whether block i has a byline or a short
// dated line right over it or within three blocks under it
// (textBylineOrDateIn).
func textTitleDatedBeside(blocks []textBlock, i int) bool {
	return textBylineOrDateIn(blocks, i-1, i) || textBylineOrDateIn(blocks, i+1, i+4)
}

// textTitleOpens reports whether block i reads as the article's opening
// line: dated or signed beside (textTitleDatedBeside), or stated twice in
// a row (a page's heading over its own copy in the article's header).
func textTitleOpens(blocks []textBlock, i int) bool {
	return textTitleDatedBeside(blocks, i) || textStatedTwice(blocks, i)
}

// textStatedTwice reports whether the line over block i or the line
// under it states i's text again.
func textStatedTwice(blocks []textBlock, i int) bool {
	t := blocks[i].text
	return i > 0 && blocks[i-1].text == t || i+1 < len(blocks) && blocks[i+1].text == t
}

// textTitleOpeningTop is the first block of the headline's window over
// first: textTitleOpeningNear blocks up, not counting the credit lines
// between ("Fact-checked by …", "Tested by …": textTitleIsCredit), which
// a buying guide stacks between its headline and its body with the
// byline, the date and a label or two (0199, six blocks over the body:
// one more article title without the URL, odd page id, none lost).
// Bylines and dates count: passing over them as well took a report's
// promo card signed over the body in place of its headline ("4 steps to
// …" / "Presented By …" / "By Chris Roe" twice / a date: 0471 lost).
func textTitleOpeningTop(blocks []textBlock, first int) int {
	top, n := first, 0
	for top > 0 && n < textTitleOpeningNear {
		top--
		if !textTitleIsCredit(blocks[top].text) {
			n++
		}
	}
	return top
}

// textTitleIsCredit reports a line that credits people or a service
// with a part of the page: one or two words, the last a past
// participle, then "by" ("Tested by Katie Roe and Mary Poe", "Originally
// Posted by jon", "Powered by FluxBB", "Highly rated by small
// businesses"). No wcxb-dev gold title opens so; 242 title candidates
// did over both reads of 79 pages.
func textTitleIsCredit(s string) bool {
	for k, w := 0, 0; k < len(s) && w < 2; w++ {
		e := strings.IndexByte(s[k:], ' ')
		if e < 0 {
			return false
		}
		word := s[k : k+e]
		k += e + 1
		if len(word) > 2 && strings.HasSuffix(word, "ed") && strings.HasPrefix(s[k:], "by ") {
			return true
		}
	}
	return false
}
