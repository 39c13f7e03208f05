package extract

import "math"

// The body's last paragraphs that the block model keeps far less surely
// than the article's own are the site's: a company's pitch, a form's
// fine print, teasers of other posts, readers' comments under the post.
// An article's paragraphs are kept with about the same confidence from
// its first to its last; what the site sets under it, written as prose
// too, the model keeps only just. An absolute bar on the body's last
// paragraphs cost the wcxb-dev articles (bars of 0.3 to 1: −0.0003 to
// −0.0036, the odd ids down at every bar): the closing paragraphs of a
// body the model reads weakly fall with them. Measured against the
// body's own paragraphs, the bar follows each page.
const (
	// textUnsureMax is the log-odds under which a last paragraph is
	// asked about at all: every one the rule took on the wcxb-dev flat
	// pages was under it, and above it nothing more is read.
	textUnsureMax = 0.75
	// textUnsureGap is how far under the log-odds of more than half the
	// body's long paragraphs a last paragraph must lie.
	textUnsureGap = 2.25
	// textUnsureWords is the fewest words of a last paragraph asked
	// about: a shorter line that is no wordless label ends the walk.
	textUnsureWords = 8
	// textUnsureLong is the fewest words of the paragraphs the last ones
	// are measured against, and textUnsureLongs the fewest such
	// paragraphs the body must hold.
	textUnsureLong  = 20
	textUnsureLongs = 4
	// textUnsureShare is the largest share of the body's characters the
	// step takes: more is a body whose second half the model doubts,
	// not end matter.
	textUnsureShare = 0.05
	// textUnsureLabel is the most words of a line the walk passes over
	// ("Share", "Reply", "Read more"), which leaves with the paragraphs
	// above it.
	textUnsureLabel = 3
)

// textBlockOdds reads the block model's log-odds for a page's blocks; a
// zero value reads none (a clean body, a test).
type textBlockOdds struct {
	c *textContext
	m textModel
	// doubted is set when the page model reads the page as no article
	// (textDoubtLogit): the steps for an article's closing matter
	// (textLeaveOutOffTopicTail) pass it.
	doubted bool
	// headline is the page's headline (textMeta.headline), which
	// textLeaveOutOverHeadline looks for among the lines that stay.
	headline string
	// url is the page's address, whose slug names the headline for
	// textLeaveOutOverHeadline when the title read is not among the lines.
	url string
	// boxAuthor is the author read from the name over a writer's bio or
	// a later byline (textMeta.boxAuthor), when the page gives no other:
	// textLeaveOutHeadName reads it, textLeaveOutAuthorBox does not.
	boxAuthor string
	// marks is the page's "©" reading (nil when not known), whose first
	// mark bounds the blocks the furniture step searches for one
	// (textMarkBound).
	marks *textMarkBound
	// keys is the page's key buffer (textScratch.keys), which holds every
	// block's content words at its offsets (textBlock.keyEnd): the body's
	// counts read runs of it (textAddStayingCounts). Nil reads block by
	// block.
	keys []uint64
}

// textLeaveOutUnsure marks the body's last paragraphs (each of at least
// textUnsureWords words, passing over labels of at most textUnsureLabel
// words) whose log-odds are under textUnsureMax and lie more than
// textUnsureGap under those of more than half the body's paragraphs of
// textUnsureLong words or more, with the labels under them, when they
// hold at most textUnsureShare of the body's characters; only under a
// site's template (textTailFooterBlocks lines after the body). On the
// wcxb-dev flat pages articles 0.93568 -> 0.93602 (even ids +0.00044, odd
// +0.00024), all pages 0.79545 -> 0.79565 (even +0.00026, odd +0.00013);
// 60 pages up, 31 down. Simulated first, gaps of 2.1 to 2.4 and shares
// of 3 to 10 % raise articles and all pages on both halves; the gap read
// against the regression's log-odds alone, or against a sample of the
// body's paragraphs, gains little or nothing (docs/quality.md,
// nineteenth session).
func textLeaveOutUnsure(blocks []textBlock, keep, out []bool, odds textBlockOdds) {
	textLeaveOutUnsureEdge(blocks, keep, out, odds, textEdgeWalk{fromEnd: true, gap: textUnsureGap, minWords: textUnsureWords, maxWords: math.MaxInt})
}

// textEdgeWalk is what textLeaveOutUnsureEdge asks of the paragraphs at
// the body's edge.
type textEdgeWalk struct {
	fromEnd            bool            // walk up from the body's last block, else down from its first
	gap                float64         // how far under most long paragraphs (textIsUnsure)
	minWords, maxWords int             // the paragraphs' length; a shorter or longer one ends the walk
	apart              *textBodyCounts // when set, the body inward must mostly not use their words (textIsApart)
}

// textLeaveOutUnsureEdge walks the body in from one end (its last block
// when w.fromEnd, else its first) over the paragraphs of w.minWords to
// w.maxWords words the model keeps unsurely (textIsUnsure with w.gap),
// and when w.apart whose words the body inward of them mostly does not use
// (textIsApart), passing over labels of at most textUnsureLabel words,
// and marks them with the labels beyond them when they hold at most
// textUnsureShare of the body's characters. Only under a site's
// template: at least textTailFooterBlocks lines beyond the body's edge.
// A corpus text opens and ends where its report does, and the model may
// doubt a report's lede or its own closing line ("Call Jane Roe at
// 555-0100"), as textDropDoubtedIn finds. Usually the first paragraph
// asked ends the walk, above textUnsureMax, and no other block is read.
func textLeaveOutUnsureEdge(blocks []textBlock, keep, out []bool, odds textBlockOdds, w textEdgeWalk) {
	if odds.c == nil {
		return
	}
	n := len(blocks)
	edge, inner := -1, -1 // the body's block at its edge; the innermost that goes
	// k counts from the page's edge; the blocks outside the span of those
	// kept and not out (text_nextkept.go) do not stay.
	kFrom, kTo := textInSpan(keep, out)
	if w.fromEnd {
		kFrom, kTo = n-kTo, n-kFrom
	}
	for k := kFrom; k < kTo; k++ {
		i := k
		if w.fromEnd {
			i = n - 1 - k
		}
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if edge < 0 {
			if edge = i; k < textTailFooterBlocks {
				return
			}
		}
		b := &blocks[i]
		if b.words <= textUnsureLabel {
			continue
		}
		if b.words < w.minWords || b.words > w.maxWords || !textIsUnsure(blocks, keep, out, odds, i, w.gap) ||
			w.apart != nil && !textIsApart(blocks, keep, out, i, w.fromEnd, w.apart) {
			break
		}
		inner = i
	}
	if inner < 0 {
		return
	}
	lo, hi := edge, inner+1
	if w.fromEnd {
		lo, hi = inner, n
	}
	if !textUnsureSmall(blocks, keep, out, lo, hi) {
		return
	}
	if w.apart != nil {
		w.apart.leave(blocks, keep, out, lo, hi-1)
	}
	for i := lo; i < hi; i++ {
		out[i] = true
	}
}

// textIsUnsure reports whether the model keeps block i under
// textUnsureMax and more than gap under more than half the body's long
// paragraphs.
func textIsUnsure(blocks []textBlock, keep, out []bool, odds textBlockOdds, i int, gap float64) bool {
	return !odds.m.above(odds.c, i, textUnsureMax) &&
		textMostAbove(blocks, keep, out, odds, odds.m.logit(odds.c, i)+gap)
}

// textUnsureSmall reports whether the blocks of [lo, hi) that stay hold
// at most textUnsureShare of the body's characters.
func textUnsureSmall(blocks []textBlock, keep, out []bool, lo, hi int) bool {
	total, part := 0, 0
	from, to := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := from; i < to; i++ {
		if textStays(blocks, keep, out, i) {
			total += len(blocks[i].text)
			if i >= lo && i < hi {
				part += len(blocks[i].text)
			}
		}
	}
	return float64(part) <= textUnsureShare*float64(total)
}

// The body's first paragraphs that the model keeps far less surely than
// the article's own are the site's too: a promotion in the header, a
// browser warning, a share bar's line, the page's description for search
// engines set above the post. textLeaveOutUnsureHead reads them as
// textLeaveOutUnsure reads the last ones, with a smaller gap, a longest
// paragraph and a guard of its own.
const (
	// textUnsureHeadGap is how far under most of the body's long
	// paragraphs a first paragraph must lie. On the wcxb-dev flat pages,
	// gaps of 1.25 / 1.5 / 1.75 / 2.0 gave articles +0.00034 / +0.00031 /
	// +0.00024 / +0.00017 and all pages +0.00002 / +0.00014 / +0.00012 /
	// +0.00007, each on both halves.
	textUnsureHeadGap = 1.5
	// textUnsureHeadWords is the most words of a first paragraph that
	// goes: a site's line over the article is a sentence or two, where an
	// article's lede runs longer. Of the 7 wcxb-dev pages whose first
	// paragraph of more than 35 words the step took, 5 went down (three
	// ledes and a dek lost), 2 up.
	textUnsureHeadWords = 35
)

// textLeaveOutUnsureHead marks the body's first paragraphs (each of
// textUnsureWords to textUnsureHeadWords words, passing over labels of
// at most textUnsureLabel words) that the model keeps as unsurely as
// textLeaveOutUnsure asks (textIsUnsure, gap textUnsureHeadGap), with the
// labels above them, when they hold at most textUnsureShare of the
// body's characters; only under a site's header (textTailFooterBlocks
// lines above the body). A corpus text opens with its lead, which the
// model may doubt: without the guard 3 GVC dev texts lost their first
// paragraph (a lede, a dek, a photo's caption). On the wcxb-dev flat
// pages articles 0.93602 -> 0.93636 (even ids +0.00032, odd +0.00038),
// all pages 0.79565 -> 0.79581 (+0.00016 each); articles 55 up, 8 down
// (docs/quality.md, nineteenth session).
func textLeaveOutUnsureHead(blocks []textBlock, keep, out []bool, odds textBlockOdds) {
	textLeaveOutUnsureEdge(blocks, keep, out, odds, textEdgeWalk{gap: textUnsureHeadGap, minWords: textUnsureWords, maxWords: textUnsureHeadWords})
}

// textMostAbove reports whether more than half the body's paragraphs of
// at least textUnsureLong words, of which there must be textUnsureLongs,
// have log-odds above t. It stops asking the model once the count is
// settled.
func textMostAbove(blocks []textBlock, keep, out []bool, odds textBlockOdds, t float64) bool {
	n := 0
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if blocks[i].words >= textUnsureLong && textStays(blocks, keep, out, i) {
			n++
		}
	}
	if n < textUnsureLongs {
		return false
	}
	above, left := 0, n
	for i := lo; i < hi; i++ {
		if blocks[i].words < textUnsureLong || !textStays(blocks, keep, out, i) {
			continue
		}
		if odds.m.above(odds.c, i, t) {
			above++
		}
		left--
		switch {
		case 2*above > n:
			return true
		case 2*(above+left) <= n:
			return false
		}
	}
	return false
}
