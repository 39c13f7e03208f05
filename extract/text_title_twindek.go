package extract

import (
	"slices"
	"strings"
)

// The shape textTitleHeadOverTwinDek reads: the line over the line taken
// scores under it by less than textTwinDekGap log-odds and shares
// textTwinDekStems content-word stems or more with it. On the wcxb-dev
// flat pages read without their URLs 0217's headline scores 1.8 under
// its dek; textTitleHeadOverDek's gap of 1 (textHeadDekGap) keeps it,
// and a gap of 2.5 alone reached products', forums' and documentation's
// lines (docs/quality/text-extraction.md, "Flat titles without the URL:
// the headline over its dek", forty-first session).
const (
	textTwinDekGap   = 2.5
	textTwinDekStems = 2
)

// textTitleHeadOverTwinDek returns the index of the block whose text
// names the page when the line taken, at, is a standfirst that restates
// the headline right over it in other words ("A Complete Guide to All
// the Types of Furniture Styles" over "A Guide to the Popular Types of
// Furniture Styles", then the story, 0217): a dek that sums the headline
// up shares its topic's words, where a section's line or a menu entry
// over a headline shares few, and without the URL's slug the model
// scores the two lines about alike. The line over it is the headline
// when the line taken stands right over the body's first block, the
// line over it is a title candidate of textHeadDekWords words or more
// and no fewer than the line taken's, no sentence, no breadcrumb trail,
// does not hold every word of the line taken (a trail or a site's name
// glued to the headline) and shares textTwinDekStems stems with it. As
// in textTitleHeadOverDek, a line taken written "Topic: Part" stays (it
// names the page on its own, 4555; a page's question over its "What is
// …: Benefits, Strategy, Tools" headline, 1766). Asked only without the
// URL. Else at.
func textTitleHeadOverTwinDek(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 1 || at+1 != c.first {
		return at
	}
	over, taken := &c.blocks[at-1], &c.blocks[at]
	if over.words < textHeadDekWords || over.words < taken.words || over.sentEnd || over.text == taken.text || strings.Contains(taken.text, ": ") {
		return at
	}
	k, t := slices.Index(c.cands, at-1), slices.Index(c.cands, at)
	if k < 0 || t < 0 {
		return at
	}
	gap := textTitleLogit(&c.vecs[t], c.w) - textTitleLogit(&c.vecs[k], c.w)
	if gap < 0 || gap >= textTwinDekGap {
		return at
	}
	if textIsBreadcrumb(over) || textHoldsWords(over.text, taken.text) || textSharedStems(textStems(over.text), textStems(taken.text)) < textTwinDekStems {
		return at
	}
	return at - 1
}
