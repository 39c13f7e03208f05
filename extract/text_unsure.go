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
		if b.words < textUnsureWords || odds.m.above(odds.c, i, textUnsureMax) ||
			!textMostAbove(blocks, keep, out, odds, odds.m.logit(odds.c, i)+textUnsureGap) {
			break
		}
		top = i
	}
	if top == len(blocks) {
		return
	}
	total, tail := 0, 0
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			total += len(blocks[i].text)
			if i >= top {
				tail += len(blocks[i].text)
			}
		}
	}
	if float64(tail) > textUnsureShare*float64(total) {
		return
	}
	for i := top; i < len(blocks); i++ {
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
