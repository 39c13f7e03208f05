package extract

import (
	"strings"
	"unicode"
)

// Block scores. Prose scores its word count; everything else costs a
// little, so a run of menu items or teaser headlines pulls the span away
// while a heading between two paragraphs does not. Tuned on wcxb-dev flat
// pages (text F1, see docs/quality.md).
const (
	textCostShort  = 1.5 // a block of 1-3 words: menu item, button, date
	textCostDup    = 2.0 // a block repeated on the page: menus, teasers, widgets
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
	if b.words < 4 && !strings.ContainsFunc(b.text, unicode.IsLetter) {
		// A number, price or date in figures ("+13.1%", "1/1/2013",
		// "$35.85") is a table's cell or a statistic: it says nothing
		// about whether its run is the article. Costing it as a menu item
		// cut articles at their data tables (docs/quality.md).
		return 0
	}
	if b.dup > 0 {
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

// Under "Related Articles" come other stories, with snippets that can be
// longer than the article (seeds 000, 001), so the body is not simply the
// best run of prose: it is the first run, between section cues, that
// scores at least textEarlyShare of the best and textEarlyMin words.
// On wcxb-dev flat articles a share of 0.3 scored F1 0.905 but lost seed
// 001's body to its related stories; 0.1 scores 0.900 and keeps it (both
// before the block model).
const (
	textEarlyShare = 0.1
	textEarlyMin   = 80
)

// textBestSpan returns the body's run of blocks [first, last): in each
// stretch between section cues, the run with the greatest total score
// (Kadane's maximum subarray); of those, the first that is nearly as good
// as the best.
func textBestSpan(blocks []textBlock) (first, last int) {
	type span struct {
		first, last int
		score       float64
	}
	var spans []span
	best := 0.0
	for lo := 0; lo < len(blocks); {
		hi := lo
		for hi < len(blocks) && blocks[hi].cue != textCueEnd {
			hi++
		}
		if f, l, sc := textKadane(blocks, lo, hi); sc > 0 {
			spans = append(spans, span{f, l, sc})
			best = max(best, sc)
		}
		lo = hi + 1
	}
	for _, s := range spans {
		if s.score >= textEarlyShare*best && (s.score >= textEarlyMin || s.score == best) {
			return s.first, s.last
		}
	}
	return 0, 0
}

// textBriefMin is the score a run above a related-stories heading needs
// to be the body in place of a run under it: a sentence of twenty words.
const textBriefMin = 20

// textBriefSpan returns the best run above the page's first
// related-stories heading when the span [first, last) lies under it:
// everything under "Related Articles" belongs to other stories, and a
// short article above it (a wire brief of two sentences, under
// textEarlyMin words) is still the article. ok is false when the span
// lies above the heading, or no run above it scores textBriefMin and
// ends within textBriefGap blocks of it.
func textBriefSpan(blocks []textBlock, first, last int) (f, l int, ok bool) {
	head := textFirstRelatedHeading(blocks)
	if head < 0 || first <= head || last <= first {
		return first, last, false
	}
	best := 0.0
	for lo := 0; lo < head; {
		hi := lo
		for hi < head && blocks[hi].cue != textCueEnd {
			hi++
		}
		if rf, rl, sc := textKadane(blocks, lo, hi); sc > best {
			f, l, best = rf, rl, sc
		}
		lo = hi + 1
	}
	if best < textBriefMin || head-l > textBriefGap {
		return first, last, false
	}
	return f, l, true
}

// textBriefEnd returns the related-stories heading that ends a short
// span [first, last) (under textEarlyMin) within textBriefGap blocks, or
// -1.
func textBriefEnd(blocks []textBlock, first, last int) int {
	if last <= first || textSpanScore(blocks, first, last) >= textEarlyMin {
		return -1
	}
	for i := last; i < len(blocks) && i-last <= textBriefGap; i++ {
		if blocks[i].cue == textCueEnd {
			if textIsRelatedHeading(&blocks[i]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// textBriefGap is how many blocks may stand between the brief and the
// related-stories heading under it.
const textBriefGap = 2

// textRelatedHeadings head other stories and say so. The other box
// headings ("Read Next", "More from ...") also head boxes set inside an
// article (docs/quality.md).
var textRelatedHeadings = newTextCueList("related")

// textIsRelatedHeading reports whether b is an end cue that heads other
// stories ("Related Articles").
func textIsRelatedHeading(b *textBlock) bool {
	return b.cue == textCueEnd && textHasCue(b.low, textRelatedHeadings)
}

// textFirstRelatedHeading returns the index of the first related-stories
// heading, or -1.
func textFirstRelatedHeading(blocks []textBlock) int {
	for i := range blocks {
		if textIsRelatedHeading(&blocks[i]) {
			return i
		}
	}
	return -1
}

// textKadane returns the run of blocks in [lo, hi) with the greatest total
// score, and the score.
func textKadane(blocks []textBlock, lo, hi int) (first, last int, best float64) {
	sum, start := 0.0, lo
	for i := lo; i < hi; i++ {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += blocks[i].score
		if sum > best {
			best, first, last = sum, start, i+1
		}
	}
	return first, last, best
}
