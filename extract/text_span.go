package extract

import (
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// The body span of a page that is not a clean body: the densest run of
// prose (text_score.go), a brief over a related-stories heading, the run
// under the headline the input names, carried over a box of links set
// inside the article. Moved whole from text.go in the forty-seventh
// session (docs/quality/text-extraction-3.md).

// textFindSpan sets the body span of a page that is not a clean body:
// the best run, or the brief above a related-stories heading, or the run
// under the scraper's title; then carried over a box of links inside it.
func textFindSpan(p news.Page, tp *textPage) {
	tp.first, tp.last = textBestSpan(tp.blocks)
	if f, l, ok := textBriefSpan(tp.blocks, tp.first, tp.last); ok && textBriefUnder(p, tp.blocks, f, l, tp.first, tp.last) {
		tp.first, tp.last = f, l
	}
	f, l, sc, closed := textTitledSpan(p.Title, tp.blocks)
	if sc > 0 && (closed || sc >= textTitledShare*textSpanScore(tp.blocks, tp.first, tp.last)) {
		tp.first, tp.last = f, l
	}
	if closed {
		return
	}
	if head := textBriefEnd(tp.blocks, tp.first, tp.last); head >= 0 && textBriefUnder(p, tp.blocks, tp.first, tp.last, head+1, textNextEndCue(tp.blocks, head+1)) {
		// Under the heading come other stories: the block model
		// would keep their paragraphs. A run this short above
		// "Related" is taken for a brief, not for a lede that a box
		// interrupts (textSpanOverBox).
		tp.box, tp.boxEnd = head, len(tp.blocks)
		return
	}
	tp.box = tp.last
	tp.last, tp.boxEnd = textSpanOverBox(tp.blocks, tp.first, tp.last)
}

// textBriefUnder reports whether the run [first, last) is a brief and
// the blocks [lo, hi) under the related-stories heading below it are
// other stories: the title model finds the page's headline at most
// textTitledGap blocks above the run (a run of sentences under the
// headline is the article, not furniture), and the prose under the
// heading does not go on about the headline (textContinuesHeadline): a
// "Related" box of a teaser or two set inside an article under a short
// lede is followed by the rest of the article.
func textBriefUnder(p news.Page, blocks []textBlock, first, last, lo, hi int) bool {
	at, _ := textFindTitle(p, blocks, first, last, false, nil)
	if at < 0 || at >= first || first-at > textTitledGap {
		return false
	}
	f, l, _ := textKadane(blocks, lo, hi)
	return !textContinuesHeadline(blocks[at].text, blocks[f:l])
}

// textNextEndCue returns the index of the first end cue at or after lo,
// or len(blocks).
func textNextEndCue(blocks []textBlock, lo int) int {
	for lo < len(blocks) && blocks[lo].cue != textCueEnd {
		lo++
	}
	return lo
}

// textContinuesHeadline reports whether the blocks hold at least half
// the content words of the headline (contentWords; two at least): prose
// about the headline's story. Under "Related Articles" another story
// shares a word or so by chance ("a budget for repairs to its roads"
// under "Keel Street quay reopens after winter repairs").
func textContinuesHeadline(headline string, blocks []textBlock) bool {
	want := contentWords(headline)
	n := len(want)
	if n < 2 {
		return false
	}
	for i := range blocks {
		textnorm.EachWord(blocks[i].text, func(w string) { delete(want, w) })
	}
	return 2*(n-len(want)) >= n
}

// textBoxGap is how many blocks past the cue that ends the span (the box's
// heading, a teaser's title, its dek, a "Read more" button) the prose it
// interrupts may resume.
const textBoxGap = 8

// textBoxShare is the share of the span's score the run past the box needs.
const textBoxShare = 0.5

// textBoxProseShare is the share of that run's score its paragraphs
// (textBoxParagraph) must hold: a section of teasers or a product grid
// scores by many short blurbs.
const textBoxProseShare = 0.5

// textBoxParagraph is the score (a sentence's words) from which a block
// is a paragraph of the article rather than a teaser's blurb.
const textBoxParagraph = 30

// textBoxHeadings head a box of links to other stories that sites set
// inside an article as well as under it; comment boxes, forms and
// disclaimers are not among them.
var textBoxHeadings = newTextCueList(
	"related", "you may also like", "you might also like", "you may like",
	"recommended", "read next", "what to read next", "up next",
	"more stories", "more from", "more news", "more articles", "more in", "explore more", "keep exploring",
)

// textSpanOverBox returns the end of the body span [first, last) carried
// over a box of links set inside the article ("Related Story", "Read
// Next", "You May Also Like" over a teaser or three), and where the box
// ends: its heading is an end cue and ends the span, though the article's
// prose resumes a few lines under it. The span runs on to the end of the
// next run of prose when that run starts within textBoxGap blocks of the
// heading, scores textBoxShare of the span or more, and holds most of its
// score in paragraphs: the other stories a real "Related" section lists
// score by short blurbs, and their snippets seldom outscore half the
// article. On the wcxb-dev flat articles F1 0.93289 -> 0.93299 (even ids
// +0.00007, odd +0.00011), services +0.0014; without the heading list a
// thread under "Leave a Reply" came in (0.93280), without the paragraphs'
// share a product grid and a shop's "Explore more" box (0.93240), and
// with a share of the span of 0.2 a list of "Related topics" questions
// (docs/quality.md, eleventh session, second round).
func textSpanOverBox(blocks []textBlock, first, last int) (end, boxEnd int) {
	if last >= len(blocks) || last <= first || blocks[last].cue != textCueEnd || !textHasCue(blocks[last].low, textBoxHeadings) {
		return last, last
	}
	hi := last + 1
	for hi < len(blocks) && blocks[hi].cue != textCueEnd {
		hi++
	}
	f, l, sc := textKadane(blocks, last+1, hi)
	if sc <= 0 || f-last > textBoxGap || sc < textBoxShare*textSpanScore(blocks, first, last) ||
		textParagraphScore(blocks, f, l) < textBoxProseShare*sc {
		return last, last
	}
	return l, f
}

// textParagraphScore is the score of the paragraphs among blocks [first,
// last): the blocks scoring textBoxParagraph or more.
func textParagraphScore(blocks []textBlock, first, last int) float64 {
	sc := 0.0
	for i := first; i < last; i++ {
		if blocks[i].score >= textBoxParagraph {
			sc += blocks[i].score
		}
	}
	return sc
}

// textTitledSpan returns the body span that follows the page's own
// headline, when the input names a title and a line of the text states
// it: a scraper's title is the article's, and a flattened article starts
// under its headline, whatever prose the site's furniture holds around
// it (comment threads, other stories' teasers). Of several such lines,
// the one followed by the most prose wins. closed reports a run that a
// teaser's close ends ("Continue reading on ...", textIsReadOn): short as
// it may be, that run is the article the page republishes.
func textTitledSpan(title string, blocks []textBlock) (first, last int, best float64, closed bool) {
	keys := textTitleKeys(title)
	if len(keys) == 0 {
		return 0, 0, 0, false
	}
	for i := range blocks {
		// The word count first: folding every line of a long page to
		// compare it would cost more than the rest of the anchor.
		if key, ok := keys[blocks[i].words]; !ok || !foldTitleIs(blocks[i].text, key) {
			continue
		}
		// A cue line under the headline ("21 comments", "Skip to
		// table of contents") ends no story yet: the runs that start
		// within the gap compete. A related-stories heading under a
		// run of sentences does end it (textBriefSpan).
		mine := 0.0 // the best run under this line
		for lo := i + 1; lo < len(blocks) && lo-i <= textTitledGap; {
			hi := lo
			for hi < len(blocks) && blocks[hi].cue != textCueEnd {
				hi++
			}
			f, l, sc := textKadane(blocks, lo, hi)
			if sc > 0 && f-i <= textTitledGap {
				mine = max(mine, sc)
				if sc > best {
					first, last, best = f, l, sc
					closed = hi < len(blocks) && blocks[hi].closes
				}
			}
			if closed || mine >= textBriefMin && hi < len(blocks) && textIsRelatedHeading(&blocks[hi]) {
				break // the republished teaser, or the article, ends here
			}
			lo = hi + 1
		}
	}
	return first, last, best, closed
}

// textTitleKeys returns the folded forms a page line may state a title
// in: whole, or without the site's name ("Headline | Site", "Headline -
// Section - Site", as <title> and feeds write it): the longest part of
// three words or more, by word count. Shorter titles anchor nothing:
// "Home" or "Live" lines are not headlines.
func textTitleKeys(title string) map[int]string {
	keys := map[int]string{}
	add := func(s string) {
		if k := foldTitle(s); len(strings.Fields(k)) >= 3 {
			keys[len(strings.Fields(k))] = k
		}
	}
	add(title)
	longest := ""
	for _, part := range titleParts(title) {
		if len(part) > len(longest) {
			longest = part
		}
	}
	add(longest)
	return keys
}

// textSpanScore is the total score of blocks [first, last).
func textSpanScore(blocks []textBlock, first, last int) float64 {
	sc := 0.0
	for i := first; i < last; i++ {
		sc += blocks[i].score
	}
	return sc
}

// textTitledShare is how much of the best run's score the run under the
// headline needs to win: on a buying guide the headline tops a product
// grid, and the prose starts far below it.
const textTitledShare = 0.2

// textTitledGap is how many blocks (a byline, a date, a share bar, a
// picture caption) may sit between the headline and the body it heads.
const textTitledGap = 12
