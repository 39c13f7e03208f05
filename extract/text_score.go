package extract

import "math"

// Block scores. Prose scores its word count; everything else costs a
// little, so a run of menu items or teaser headlines pulls the span away
// while a heading between two paragraphs does not. Tuned on wcxb-dev flat
// pages (text F1, see docs/quality.md).
const (
	textCostShort  = 1.5 // a block of 1-3 words: menu item, button, date
	textCostDup    = 2.0 // a short block repeated on the page
	textCostSoft   = 30  // a cue that usually ends the body
	textCostDrop   = 1.0 // furniture inside the body
	textMinStopPct = 0.15
	// textShortSentence keeps a short sentence ("Good luck, Tara.") at the
	// end of a clean body (ECB+ 1_13ecb).
	textShortSentence = 0.5
)

// textScore rates one block: positive for prose, negative for furniture.
func textScore(b *textBlock) float64 {
	switch b.cue {
	case textCueEnd:
		return 0 // a wall in textBestSpan
	case textCueSoft:
		return -textCostSoft
	case textCueDrop:
		return -textCostDrop
	}
	w := float64(b.words)
	if b.dup > 0 && b.words < 8 {
		return -textCostDup
	}
	sentence := b.sentEnd || b.marks > 0
	if b.words < 4 {
		if sentence && b.words >= 2 {
			return textShortSentence
		}
		return -textCostShort
	}
	stopShare := float64(b.stop) / w
	switch {
	case sentence && stopShare >= textMinStopPct && b.words >= 8:
		return w
	case sentence && stopShare >= textMinStopPct:
		return 0.5 * w
	case sentence:
		return 0.3 * w
	case b.words >= 15 && stopShare >= 0.25:
		return 0.8 * w
	}
	return -1
}

// textAfterEndFactor discounts prose that follows a section cue which
// itself follows the start of the body: under "Related Articles" come
// other stories, with snippets longer than the article (seeds 000, 001).
// textProseBeforeEnd is how much prose must come first for a cue to count,
// so a "Related" menu entry above the article does not discount it.
const (
	textAfterEndFactor  = 0.2
	textProseBeforeEnd  = 60
	textProseBlockWords = 8
)

// textDiscountAfterEnds scales the scores of prose blocks after each
// section cue that follows enough prose.
func textDiscountAfterEnds(blocks []textBlock) {
	factor, prose := 1.0, 0
	for i := range blocks {
		b := &blocks[i]
		if b.cue == textCueEnd && prose >= textProseBeforeEnd {
			factor *= textAfterEndFactor
		}
		if b.score > 0 {
			b.score *= factor
			if b.words >= textProseBlockWords {
				prose += b.words
			}
		}
	}
}

// textBestSpan returns the run of blocks [first, last) with the greatest
// total score (Kadane's maximum subarray): the densest stretch of prose.
// Section cues are walls the run never crosses.
func textBestSpan(blocks []textBlock) (first, last int) {
	best := math.Inf(-1)
	sum, start := 0.0, 0
	for i, b := range blocks {
		if b.cue == textCueEnd {
			sum, start = 0, i+1
			continue
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += b.score
		if sum > best {
			best, first, last = sum, start, i+1
		}
	}
	if best <= 0 {
		return 0, 0
	}
	return first, last
}
