package extract

import (
	"slices"
	"strings"
)

// The shape textTitleHeadOverDek reads. The line taken and the candidate
// right over it score within textHeadDekGap log-odds of each other, the
// line over it the lower, under the weights the page's title is chosen
// with; the line over it has at least textHeadDekWords words and no
// fewer than the line taken, or fewer but scores within textHeadDekTie,
// where the model cannot tell the two. On the wcxb-dev flat pages read
// without their URLs a gap under 1 holds four of the articles whose dek
// is taken for the headline (0283 0439 0474 4605) and one service
// (0377), the tie a fifth article (0460, a five-word headline over a
// nine-word dek); 0217's headline scores 1.8 under its dek, and a gap
// of 2.5 reaches it only with products', forums' and documentation's
// lines (docs/quality/text-extraction.md, "Flat titles without the URL:
// the headline over its dek", forty-first session).
//
// A dek with a byline right under it is read with the wider gap
// textHeadDekBylineGap: the byline signs the headline and its dek
// together, and the line over a dek so signed is the headline though the
// model scores it well under (0466: "Poor man's productivity trick" 2.66
// under "The Rolling Tracker" over "By Ibrahim Diallo"). Gaps of 3 to 5
// move only 0466 on the wcxb-dev flat pages without their URLs; 6 takes
// a review's section labels over 4202's headline (docs/quality/
// text-extraction-2.md, forty-fifth session, "round two").
const (
	textHeadDekGap       = 1.0
	textHeadDekBylineGap = 3.0
	textHeadDekWords     = 4
	textHeadDekTie       = 0.1
)

// textTitleHeadOverDek returns the index of the block whose text names the
// page when the line taken, at, is the standfirst under its headline
// ("Why isn't modern AI built around principles from cognitive
// science?" over "First post in a series on cognitive science and AI",
// then the byline): a dek is written to read as a headline and sits
// nearer the byline and the body, and without the URL's slug the model
// scores the two lines about alike. The line over it is the headline
// when it is a title candidate of the shape above, no breadcrumb trail
// (a trail ending in the line taken, "Home Fair Trade Coffee Dark Roast
// Coffee" over "Dark Roast Coffee", holds every word of it), and the
// line taken opens the article: the body's first block is right under
// it, or a byline or a short dated line is within three blocks under it
// (textBylineOrDateIn). A line taken written "Topic: Part", of no more
// words than the line over it, names the page on its own and stays
// ("OER Language: Spanish" under its section's name "OER for Language
// Teaching and Learning", 4555); a longer one is a dek written as a
// title and its subtitle under the headline ("How to Sleep Train Your
// Toddler: A Pediatrician's Guide" under "Tips for Sleep Training Your
// Toddler", 4175; docs/quality/text-extraction-2.md, forty-fifth
// session), and the shape above still asks its score. A line taken
// whose line over it is stated again right under it stays too (a mail's
// preheader around its headline, 0468). Else at. As in
// textTitleNextToCrumbs only the title's text follows: the body, byline
// and date are read around at.
func textTitleHeadOverDek(c *textTitleCandidates, at int) int {
	if c.url != "" || at < 1 || at >= c.first {
		return at
	}
	over, taken := &c.blocks[at-1], &c.blocks[at]
	if over.words < textHeadDekWords || over.text == taken.text || taken.words <= over.words && strings.Contains(taken.text, ": ") {
		return at
	}
	// A mail's preheader stands over its headline and again under it.
	if at+1 < len(c.blocks) && textHoldsWords(c.blocks[at+1].text, over.text) {
		return at
	}
	if at+1 != c.first && !textBylineOrDateIn(c.blocks, at+1, at+4) {
		return at
	}
	k, t := slices.Index(c.cands, at-1), slices.Index(c.cands, at)
	if k < 0 || t < 0 {
		return at
	}
	gap := textTitleLogit(&c.vecs[t], c.w) - textTitleLogit(&c.vecs[k], c.w)
	bar := textHeadDekGap
	if at+1 < len(c.blocks) && textIsShortByline(&c.blocks[at+1]) {
		bar = textHeadDekBylineGap
	}
	if gap < 0 || gap >= bar || over.words < taken.words && gap >= textHeadDekTie {
		return at
	}
	if textIsBreadcrumb(over) || textHoldsWords(over.text, taken.text) {
		return at
	}
	return at - 1
}

// textHoldsWords reports whether every content word of inner
// (contentWords: no stopwords) is a word of outer: a trail or a section's
// label glued to the headline it ends with.
func textHoldsWords(outer, inner string) bool {
	words := contentWords(outer)
	for w := range contentWords(inner) {
		if !words[w] {
			return false
		}
	}
	return true
}
