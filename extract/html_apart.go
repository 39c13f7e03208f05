package extract

import "github.com/storyfold/storyfold/textnorm"

// A site's paragraph under a stated article is often about the site, its
// writer or its other posts: a company's pitch, a writer's bio, a
// newsletter's call, a note that the views are the writer's own. Its
// words are mostly new to the article above it (wordsApart, the test the
// text path's textLeaveOutApart makes), and the block model keeps it
// barely. On the wcxb-dev pages that state an article, the body's last
// paragraphs (after dropFurniture) simulated with shares of 0.4 to 0.5,
// log-odds bars of 0.5 to 1.5 and floors of 8 or 13 words all raised
// articles and all pages on both halves (+0.00011 to +0.00019 articles);
// without the log-odds bar, or on every page (forums and services lose a
// closing post or line), they lowered them, and so did the closing
// section under a heading (the test of textLeaveOutApartSections).
const (
	// htmlApartShare is the share of a paragraph's content words under
	// which the body above it is taken not to use them.
	htmlApartShare = 0.4
	// htmlApartLogit is the block model's log-odds at or under which a
	// kept paragraph is asked (a stated article's bar is
	// htmlArticleKeepLogit).
	htmlApartLogit = 1.0
	// htmlApartTailBlocks is the fewest page blocks after the body's last
	// for the site's template to be there to close it.
	htmlApartTailBlocks = 5
	// htmlApartMinBlocks is the fewest blocks of a body asked.
	htmlApartMinBlocks = 4
)

// dropApartTail returns a stated article's body (m its model) without its last
// paragraphs (each of textApartWords words or more, passing over labels
// of at most textUnsureLabel words) that the block model kept at
// htmlApartLogit or under and whose content words the body above mostly
// does not use (wordsApart with htmlApartShare), with the labels under
// them, when they hold at most textUnsureShare of the body's characters
// and at least htmlApartTailBlocks of the page's pageBlocks blocks follow
// the body. A body taken from a candidate (no page index, no features)
// is kept whole.
// Usually the first paragraph asked is kept above the bar and nothing
// else is read.
func dropApartTail(bs []block, pageBlocks int, m htmlModel) []block {
	n := len(bs)
	if n < htmlApartMinBlocks || bs[n-1].at == 0 || pageBlocks-bs[n-1].at < htmlApartTailBlocks {
		return bs
	}
	inner := -1
	for i := n - 1; i > 0; i-- {
		b := &bs[i]
		words := len(blockWordsOf(*b))
		if words <= textUnsureLabel {
			continue
		}
		if words < textApartWords || b.feats == nil || m.logit(b.feats) > htmlApartLogit || !htmlIsApart(bs, i) {
			break
		}
		inner = i
	}
	if inner < 0 {
		return bs
	}
	total, tail := 0, 0
	for i, b := range bs {
		if total += len(b.text); i >= inner {
			tail += len(b.text)
		}
	}
	if float64(tail) > textUnsureShare*float64(total) {
		return bs
	}
	return bs[:inner]
}

// htmlIsApart reports whether bs[i]'s content words are mostly not in the
// blocks above it (wordsApart with htmlApartShare).
func htmlIsApart(bs []block, i int) bool {
	var sc textnorm.WordScanner
	above := newContentCounts()
	defer textCountsPool.Put(above)
	for j := range i {
		addContentCounts(above, bs[j].text, &sc)
	}
	return wordsApart(above, bs[i].text, htmlApartShare, &sc)
}
