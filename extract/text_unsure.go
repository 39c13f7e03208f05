package extract

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
	if odds.c == nil {
		return
	}
	// Walk up from the body's end over the paragraphs the model keeps
	// only just; usually the first one asked ends the walk, above
	// textUnsureMax, and no other block is read.
	top, last := len(blocks), -1
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if last < 0 {
			// A corpus text ends where its report does, and a report's
			// own closing line ("Call Jane Roe at 555-0100") the model
			// doubts: only under a site's template is the tail asked
			// about, as textDropDoubtedIn does.
			if last = i; len(blocks)-1-last < textTailFooterBlocks {
				return
			}
		}
		if b.words <= textUnsureLabel {
			continue
		}
		if b.words < textUnsureWords || !textIsUnsure(blocks, keep, out, odds, i, textUnsureGap) {
			break
		}
		top = i
	}
	if top == len(blocks) || !textUnsureSmall(blocks, keep, out, top, len(blocks)) {
		return
	}
	for i := top; i < len(blocks); i++ {
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
	for i := range blocks {
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
	if odds.c == nil {
		return
	}
	first, bottom := -1, -1
	for i := range blocks {
		b := &blocks[i]
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if first < 0 {
			// A corpus text opens where its report does.
			if first = i; first < textTailFooterBlocks {
				return
			}
		}
		if b.words <= textUnsureLabel {
			continue
		}
		if b.words < textUnsureWords || b.words > textUnsureHeadWords ||
			!textIsUnsure(blocks, keep, out, odds, i, textUnsureHeadGap) {
			break
		}
		bottom = i
	}
	if bottom < 0 || !textUnsureSmall(blocks, keep, out, first, bottom+1) {
		return
	}
	for i := first; i <= bottom; i++ {
		out[i] = true
	}
}

// textMostAbove reports whether more than half the body's paragraphs of
// at least textUnsureLong words, of which there must be textUnsureLongs,
// have log-odds above t. It stops asking the model once the count is
// settled.
func textMostAbove(blocks []textBlock, keep, out []bool, odds textBlockOdds, t float64) bool {
	n := 0
	for i := range blocks {
		if blocks[i].words >= textUnsureLong && textStays(blocks, keep, out, i) {
			n++
		}
	}
	if n < textUnsureLongs {
		return false
	}
	above, left := 0, n
	for i := range blocks {
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
