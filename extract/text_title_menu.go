package extract

import "slices"

// A site's menu entry can outscore the article's headline when the
// body's span opens in the site's own menu or blurbs and the headline
// sits inside it: "The Best Music of 2025", one of a run of short menu
// lines ("New Music Friday", "All Songs Considered", …) and stated again
// in the page's other navigation, stands seven blocks over the body's
// start and scores 1.30, while the headline "Daily meditation may work
// as well as a popular drug …", under its date line ("Updated November
// 11, 2022 …") and a bare "By" over the writer's name, scores -2.00,
// inside the span (docs/quality/text-extraction.md, the forty-first
// session's ttitle42 and ttitle44 sections). The menu entry names
// nothing the body says; the headline names what its opening does.

// textTitleOverlapAt is the title model's feature for the share of a
// line's content words found in the body's opening (textTitleOverlaps,
// f[7] in the candidate's vector).
const textTitleOverlapAt = 7

// textTitleSignedUnderWords is the most words of a byline, byline label
// or date line under a headline that textTitleSignedUnder reads: an
// "Updated … Originally published …" line runs to 15.
const textTitleSignedUnderWords = 20

// textTitleMenuOverHeadline returns the index of the block whose text
// names the page when the line taken, at, is a menu entry over the
// body's first block: it stands over first in a run of short lines
// (textInMenuRun), is stated elsewhere on the page (a menu set twice, in
// the header and the footer), and neither is dated or signed beside nor
// stated twice in a row (textTitleOpens). The title is then the best
// candidate from first to textTitleBelow blocks under it, at or over its
// bar (textTitleMinLogitAt), that reads as the article's headline: not a
// sentence, three words or more, a byline or date beside it
// (textTitleDatedBeside) or under it (textTitleSignedUnder), and more of
// its content words in the body's opening than the line taken has
// (textTitleOverlaps, the title model's feature textTitleOverlapAt). As
// in textTitleNotHost only the title's text follows: the body, byline
// and date are read around at.
//
// Asked with and without a URL, on the wcxb-dev flat pages it gave one
// article its title without the URL (4560, even page id) and moved
// nothing with it. Without the page's other statement of the line taken
// it took a right title with the URL (0277: a related post's teaser
// inside the body, dated); without the overlap test a glued menu line's
// right title went to a teaser or a site's search line (0277, 0300 with
// and without the URL); a candidate under its bar by up to one log-odds
// moved two products' and a service's wrong titles and gained nothing,
// by up to three it took a forum's and a documentation page's right
// titles. Without textTitleSignedUnder (the date line of 15 words, the
// bare "By") it gained nothing.
//
// With the URL the slug may stand for the bar: where the line taken
// states none of the slug's words, a candidate stating half of them
// (textHalfSlug, two or more) needs no score. An npr story's headline
// stands 1.1 log-odds under its bar among its section's links, under a
// menu's "The Best Music of 2025" set twice (4560, with its picture's
// switched caption refused as a title); on the wcxb-dev flat pages it
// gave that article its title and moved no other page with or without
// the URL (docs/quality/text-extraction-2.md, forty-fourth session,
// ttitle54).
func textTitleMenuOverHeadline(c *textTitleCandidates, at int) int {
	if at < 0 || at >= c.first || c.blocks[at].dup == 0 || !textInMenuRun(c.blocks, at) || textTitleOpens(c.blocks, at) {
		return at
	}
	taken := slices.Index(c.cands, at)
	if taken < 0 {
		return at
	}
	overlap := c.vecs[taken][textTitleOverlapAt]
	offSlug := textSlugShares(textTitleText(&c.blocks[at]), c.slug) == 0
	best, bestZ := at, 0.0
	for k, i := range c.cands {
		if i < c.first {
			continue
		}
		if i > c.first+textTitleBelow {
			break
		}
		b := &c.blocks[i]
		if b.sentEnd || b.words < 3 || b.text == c.blocks[at].text || c.vecs[k][textTitleOverlapAt] <= overlap ||
			!textTitleDatedBeside(c.blocks, i) && !textTitleSignedUnder(c.blocks, i) {
			continue
		}
		z := textTitleLogit(&c.vecs[k], c.w)
		if z < textTitleMinLogitAt(i, c.first, c.clean) && !(offSlug && textHalfSlug(textSlugShares(textTitleText(b), c.slug), c.slug)) {
			continue
		}
		if best == at || z > bestZ {
			best, bestZ = i, z
		}
	}
	return best
}

// textInMenuRun reports whether block i stands in a menu: two or more of
// the two blocks either side of it name a menu's entry in three words or
// fewer (textIsMenuEntry).
func textInMenuRun(blocks []textBlock, i int) bool {
	n := 0
	for j := max(0, i-2); j <= min(len(blocks)-1, i+2); j++ {
		if j != i && blocks[j].words <= 3 && textIsMenuEntry(&blocks[j]) {
			n++
		}
	}
	return n >= 2
}

// textTitleSignedUnder reports whether one of the three blocks under
// block i is a byline, a bare byline label ("By" over the name) or a
// line holding a date, of at most textTitleSignedUnderWords words: a
// wider reading than textBylineOrDateIn's, which stops at 12 words and
// does not read a label alone.
func textTitleSignedUnder(blocks []textBlock, i int) bool {
	for j := i + 1; j < min(len(blocks), i+4); j++ {
		b := &blocks[j]
		if b.words <= textTitleSignedUnderWords && (textIsByline(b.text) || textIsBylineLabel(b.text) || textDateIn(b.text)) {
			return true
		}
	}
	return false
}
