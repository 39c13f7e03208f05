package extract

import (
	"math"

	"github.com/storyfold/storyfold/textnorm"
)

// Without its URL a page gives the title model no slug to match, and the
// model took a menu's, a section's or a pitch's line ("Search Ohio State",
// "How can we help you?", "Earth.Org Newsletters") on 74 wcxb-dev articles
// whose headline was among its candidates and which it titled right with
// the URL. A headline names what the body goes on about: its words come
// back in the body many times, a menu item's seldom. The title model of
// textTitleTextWeights reads that (textTitleTopic, and the gap to the
// page's best) and weighs every feature a second time when the slug is
// missing (textTitleNoSlug), so that the line's place, form and topic
// decide what the slug decided. textFindMeta asks it only on a page
// without a URL, and only which line: whether the page has a title at
// all stays the 2026-11-30 model's (the new one would title seed 004 by
// its caption), and so does the block the body's rules, the date and the
// byline read around. On wcxb-dev read without URLs, 595 exact article
// titles of 793 (580 before; even page ids 289 -> 298, odd 291 -> 297),
// all titles 715 -> 747, no body moved. With a URL the same model
// everywhere gave 6 fewer exact article titles (647): the slug's
// features already decide there. The features are read only without a
// slug (a home page's URL has none), which the 2026-11-30 model weighs 0.

// textTitleTopicAt is the place of the topic feature in a candidate's
// vector, textTitleNoSlugAt that of the first feature read only without
// a slug: the candidate's topic against the best candidate's.
const (
	textTitleTopicAt  = 35
	textTitleNoSlugAt = 36
)

// textTitleNoSlugOf are the features weighed a second time, after
// textTitleNoSlugAt, when the page has no URL slug: all but the slug's
// own (f[6], f[16], f[22], f[23]: zero without one).
var textTitleNoSlugOf = [...]int{textTitleTopicAt, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34}

// textTitleTopic fills each candidate's topic feature: how often the body
// [first, last) states its content words (textContentKeys), the mean of
// log(1+count) over them, its own block's statement left out. A
// candidate's words come from the keys its block's reader kept
// (textBlockKeys) when its head is the block itself: the word scanner
// read every candidate's text again, 6.0 M of 100 wcxb-dev flat pages'
// 518.5 M instructions in Extract for 3,972 candidates.
func textTitleTopic(blocks []textBlock, cands []int, heads []*textBlock, vecs [][textTitleFeatures]float64, first, last int, sc *textnorm.WordScanner) {
	counts := newContentCounts()
	defer textCountsPool.Put(counts)
	for j := first; j < last; j++ {
		addBlockCounts(counts, &blocks[j], 1, sc)
	}
	for k, i := range cands {
		own := int32(textBool(i >= first && i < last))
		sum, n := 0.0, 0
		textBlockKeys(heads[k], sc, func(key uint64) {
			c, _ := counts.Get(key)
			sum += math.Log1p(float64(max(0, c-own)))
			n++
		})
		vecs[k][textTitleTopicAt] = sum / float64(max(n, 1))
	}
}

// textTitleNoSlug fills the features of a page without a URL slug: the
// candidate's topic less the best candidate's (the line the body goes on
// about most), and the copies of textTitleNoSlugOf.
func textTitleNoSlug(vecs [][textTitleFeatures]float64) {
	top := 0.0
	for k := range vecs {
		top = max(top, vecs[k][textTitleTopicAt])
	}
	for k := range vecs {
		vecs[k][textTitleNoSlugAt] = vecs[k][textTitleTopicAt] - top
		for j, f := range textTitleNoSlugOf {
			vecs[k][textTitleNoSlugAt+1+j] = vecs[k][f]
		}
	}
}
