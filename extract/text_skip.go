package extract

import (
	"math"
	"math/bits"
	"regexp"
	"strings"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// Non-article pages (product pages, listings, collections, service
// pages) are told from articles by a page-level logistic regression over
// the shape of the text and the commerce and service phrases it uses,
// fitted on the wcxb-dev page types by TestTextTrain (textPageWeights).
// A page is skipped only when the model is sure: the threshold keeps the
// articles lost on wcxb-dev under 1%.

// textPageFeatures is the length of a page's feature vector.
const textPageFeatures = 14

// textNotArticleLogit is the log-odds above which a page is skipped as
// not an article; tuned on wcxb-dev flat pages (see docs/quality.md).
const textNotArticleLogit = 2.6

var (
	textPriceRE    = regexp.MustCompile(`[$€£]\s?\d|\d\s?(?:€|USD|EUR)\b`)
	textCommerce   = []string{"add to cart", "add to bag", "add to basket", "buy now", "in stock", "out of stock", "free shipping", "checkout", "shop now", "sku", "quantity", "wishlist", "reviews"}
	textService    = []string{"contact us", "get a quote", "request a quote", "book now", "free consultation", "our services", "call us", "schedule a", "get started", "our team", "learn more", "pricing", "sign up"}
	textListingCue = []string{"read more", "view all", "see all", "load more", "next page", "older posts", "filter", "sort by", "showing"}

	// textPagePhrases matches the three lists in one pass over a block:
	// groups 0, 1 and 2 of textPageGroups.
	textPagePhrases, textPageGroups = newPhraseGroups(textCommerce, textService, textListingCue)
)

// textPageCounts are the counts the page features are made of.
type textPageCounts struct {
	keptWords, proseWords, keptBlocks, keptSent int
	short, headlines, prices                    int
	commerce, service, listing                  int
}

// textCountPage counts the page's blocks by kind and the phrases they use.
func textCountPage(blocks []textBlock, keep []bool) textPageCounts {
	var c textPageCounts
	for i := range blocks {
		b := &blocks[i]
		if b.words < 4 {
			c.short++
		} else if textCountsAsHeadline(b) {
			c.headlines++
		}
		if textMayHoldPrice(b) {
			c.prices += textCountPrices(b.text)
		}
		if b.words <= textPagePhraseMaxWords {
			// Most blocks hold none of the phrases: the three counts are
			// read only from a block that holds one (each count checks
			// the processor for its instruction, some 36 instructions a
			// block: 0.8 M of 100 wcxb-dev flat pages' 424 M;
			// TestTextCountPagePhrasesMatchLists).
			if seen := b.page; seen != 0 {
				c.commerce += bits.OnesCount64(seen & textPageGroups[0])
				c.service += bits.OnesCount64(seen & textPageGroups[1])
				c.listing += bits.OnesCount64(seen & textPageGroups[2])
			}
		}
		if !keep[i] || b.cue != textCueNone {
			continue
		}
		c.keptBlocks++
		c.keptWords += b.words
		if textProse(b) {
			c.proseWords += b.words
		}
		if b.sentEnd {
			c.keptSent++
		}
	}
	return c
}

// textMayHoldPrice reports whether the page's features read b for
// prices (textCountPrices): a block of at most textPriceMaxWords words
// with a digit and a currency sign. Every match of textPriceRE holds an
// ASCII digit, which the block reader counted (b.digits), so a block
// without one is not searched for the sign: most short blocks (menus,
// labels, headings) hold none, and the sign's search over each was 4.2 M
// of 100 wcxb-dev flat pages' 448 M instructions
// (TestTextMayHoldPriceCoversRE).
func textMayHoldPrice(b *textBlock) bool {
	return b.words <= textPriceMaxWords && b.digits > 0 && textHasCurrency(b.text)
}

// textCountsAsHeadline reports a block the page's features count as a
// headline: one that reads as one (textIsHeadline), of at most
// textPageHeadlineWords words. The word count is read first: the
// headline test trims the block's closing quotes and spaces, and most
// blocks of four words and more are longer prose (12,978 tests on 100
// wcxb-dev flat pages, 1.4 M instructions; fortieth speed round,
// docs/quality.md).
func textCountsAsHeadline(b *textBlock) bool {
	return b.words <= textPageHeadlineWords && textIsHeadline(b)
}

// textPageHeadlineWords is the longest block counted as a headline.
const textPageHeadlineWords = 15

// textHasCurrency is textnorm.ContainsAny(s, "$€£") in one pass, eight
// bytes at a time: "$" and the last bytes of "£" (c2 a3) and "€" (e2 82
// ac) are looked for together, and the bytes are read one by one only
// from a word that holds one of them. Three searches, two of them for
// characters beyond ASCII, took some 350 instructions a block of up to
// textPriceMaxWords words (8.8 M of 100 wcxb-dev flat pages' 600 M).
// The last bytes of "£" and "€" are sought only in a word that holds a
// byte past ASCII: most words of a page hold none, and the two tests were
// some 10 of the 25 instructions a word (fortieth speed round,
// docs/quality.md).
func textHasCurrency(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		found := equal8(x, '$')
		if x&highs8 != 0 {
			found |= equal8(x, 0xa3) | equal8(x, 0xac)
		}
		if found != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '$':
			return true
		case 0xa3:
			if i >= 1 && s[i-1] == 0xc2 {
				return true
			}
		case 0xac:
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x82 {
				return true
			}
		}
	}
	return false
}

// textCountPrices is len(textPriceRE.FindAllStringIndex(s, -1)), read
// byte by byte: a sum ("$ 5", "£5", "€5") or an amount before its currency
// ("5 USD", "5€" before a word byte, as the expression's \b asks after a
// byte that is none), each match taken leftmost and the next sought after
// it. The expression took some 20 thousand instructions a block, 14 M of
// 100 wcxb-dev flat pages' 800 M (TestTextCountPricesMatchesRE).
//
// A match opens only on a byte textPriceOpens marks, and most of a
// block's bytes are letters and spaces: textPriceEnd, called at every
// byte, was some 26 instructions a byte, 1.1 M of the 100 long wcxb-dev
// flat pages' 338 M (fifty-third session). TestTextCountPricesMatchesRE
// and TestTextPriceOpensCoversEnd hold the table to textPriceEnd.
func textCountPrices(s string) int {
	n := 0
	for p := 0; p < len(s); p++ {
		if !textPriceOpens[s[p]] {
			continue
		}
		if e := textPriceEnd(s, p); e > 0 {
			n++
			p = e - 1
		}
	}
	return n
}

// textPriceOpens marks the bytes textPriceEnd may find a match at: "$",
// the lead bytes of "£" and "€", and the ASCII digits.
var textPriceOpens = func() (t [256]bool) {
	for _, c := range []byte("$\xC2\xE20123456789") {
		t[c] = true
	}
	return t
}()

// textPriceEnd is the end of textPriceRE's match at p, or 0 for none.
func textPriceEnd(s string, p int) int {
	switch c := s[p]; {
	case c == '$' || c == 0xC2 || c == 0xE2: // $, the lead bytes of £ and €
		q := p + 1
		if c != '$' {
			if !strings.HasPrefix(s[p:], "£") && !strings.HasPrefix(s[p:], "€") {
				return 0
			}
			q = p + 2 + textBool(c == 0xE2)
		}
		if q+1 < len(s) && isASCIISpace(s[q]) && isDigitByte(s[q+1]) {
			return q + 2
		}
		if q < len(s) && isDigitByte(s[q]) {
			return q + 1
		}
	case isDigitByte(c):
		q := p + 1
		if q < len(s) && isASCIISpace(s[q]) {
			if e := textCurrencyEnd(s, q+1); e > 0 {
				return e
			}
		}
		return textCurrencyEnd(s, q)
	}
	return 0
}

// textCurrencyEnd is the end of "€", "USD" or "EUR" at q followed by a
// word boundary as regexp's \b reads it (ASCII word bytes), or 0.
func textCurrencyEnd(s string, q int) int {
	switch {
	case strings.HasPrefix(s[q:], "€"):
		if e := q + len("€"); e < len(s) && textnorm.IsREWordByte(s[e]) {
			return e
		}
	case strings.HasPrefix(s[q:], "USD") || strings.HasPrefix(s[q:], "EUR"):
		if e := q + 3; e == len(s) || !textnorm.IsREWordByte(s[e]) {
			return e
		}
	}
	return 0
}

// textPageVector describes the page as a whole.
func textPageVector(blocks []textBlock, keep []bool, titled bool) [textPageFeatures]float64 {
	c := textCountPage(blocks, keep)
	var f [textPageFeatures]float64
	n := float64(max(len(blocks), 1))
	f[0] = 1
	f[1] = math.Log1p(float64(c.proseWords))
	f[2] = float64(c.proseWords) / float64(max(c.keptWords, 1))
	f[3] = math.Log1p(n)
	f[4] = float64(c.short) / n
	f[5] = math.Log1p(float64(c.prices))
	f[6] = math.Log1p(float64(c.commerce))
	f[7] = math.Log1p(float64(c.service))
	f[8] = math.Log1p(float64(c.listing))
	f[9] = float64(c.headlines) / n
	f[10] = textBoolF(titled)
	f[11] = float64(c.keptBlocks) / n
	f[12] = math.Log1p(float64(c.keptWords) / float64(max(c.keptBlocks, 1)))
	f[13] = float64(c.keptSent) / float64(max(c.keptBlocks, 1))
	return f
}

// textPriceMaxWords is the longest block read for prices: price tags are
// short, and prose quoting sums says little about the page's kind.
const textPriceMaxWords = 40

// textNotArticleScore is the page model's log-odds that the page is not
// an article.
func textNotArticleScore(f, w *[textPageFeatures]float64) float64 {
	z := 0.0
	for k := range f {
		z += f[k] * w[k]
	}
	return z
}

// textCheckArticle returns the page model's log-odds that the page is
// not an article, and a *news.Skip when they are above
// textNotArticleLogit; w are the page model's weights.
func textCheckArticle(blocks []textBlock, keep []bool, titled bool, w *[textPageFeatures]float64) (float64, error) {
	f := textPageVector(blocks, keep, titled)
	z := textNotArticleScore(&f, w)
	if z > textNotArticleLogit {
		return z, news.Skipf(news.SkipNotArticle, "reads as a listing, product or service page (score %.1f)", z)
	}
	return z, nil
}

// A page the page model reads as more likely not an article than one
// (log-odds above textDoubtLogit), though not surely enough to skip it,
// keeps the blocks whose log-odds are above textKeepLogit −
// textDoubtSlack (textModel.slack). Lowering the bar for every page helps
// the other page types and costs articles (docs/quality.md, twelfth
// session: −0.2 gave all pages +0.0008, articles −0.0009); past this
// gate, on the wcxb-dev flat pages all pages rose 0.79132 → 0.79193 and
// articles 0.93306 → 0.93323, each on both halves of the set (by even
// and odd page ids; thirteenth session). Both values sit inside a range
// that helps both halves (gate 0.5 to 1, slack 0.2 to 0.3).
const (
	textDoubtLogit = 0.5
	textDoubtSlack = 0.2
)

// On a page the page model doubts, a sentence of textDoubtSentenceWords
// words or more that the block model drops between the first and last
// lines it keeps comes back when its log-odds are above
// textDoubtSentenceLogit, under the doubt gate's bar (textKeepLogit −
// textDoubtSlack). The gold bodies of listings, collections, products and
// services keep the descriptions set between their items and headings (a
// collection's note under each title, a service's paragraph under each
// heading), which the model, fitted mostly on articles, reads as a
// shop's blurbs. Lowering the bar for every block of such a page keeps
// its menus and buttons too; a long sentence inside the run the model
// keeps is mostly the page's own. On the wcxb-dev flat pages (simulated first) bars of
// −0.75 / −1 / −1.25 gave all pages +0.00032 / +0.00036 / +0.00033,
// each on both halves (even and odd page ids), articles +0.00002 /
// +0.00002 / −0.00002 (the odd ids −0.00007 at −1.25); sentences of 10,
// 13 or 16 words and more, within 0.00004 of each other. Built: all pages
// 0.79581 -> 0.79638 (even +0.00048, odd +0.00066), articles 0.93636 ->
// 0.93639 (+0.00003, +0.00002); 27 pages up, 16 down (docs/quality.md,
// twentieth session).
const (
	textDoubtSentenceWords = 13
	textDoubtSentenceLogit = -1.0
)

// textKeptBounds returns the first and last indexes keep holds, -1 and
// -1 when it holds none, read from each end eight flags at a time
// (text_nextkept.go).
func textKeptBounds(keep []bool) (first, last int) {
	if first = textNextIn(keep, nil, 0); first == len(keep) {
		return -1, -1
	}
	return first, textPrevIn(keep, nil, len(keep)-1)
}

// textKeepDoubtedSentences keeps the blocks between the first and last
// that keep holds which are sentences (ended like one, stated once, no
// cue) of at least textDoubtSentenceWords words whose log-odds under m
// are above textDoubtSentenceLogit; not the teasers of a box of links
// inside the span, [box, boxEnd), which textPage.classify cleared.
func textKeepDoubtedSentences(c *textContext, keep []bool, m textModel, box, boxEnd int) {
	first, last := textKeptBounds(keep)
	for i := first + 1; i < last; i++ {
		b := &c.blocks[i]
		if keep[i] || i >= box && i < boxEnd || !b.sentEnd || b.words < textDoubtSentenceWords || b.dup > 0 || b.cue != textCueNone {
			continue
		}
		keep[i] = m.above(c, i, textDoubtSentenceLogit)
	}
}

// A page the page model surely reads as an article (log-odds under
// textSureLogit) keeps only the blocks whose log-odds are above
// textKeepLogit + textSureRaise: the mirror of the doubt gate above.
// The paragraphs and lines the block model keeps only just on such a
// page are mostly not the article's: readers' comments and the site's
// prose under it, which the gold bodies leave out (the gain came from
// blocks of 25 words and more; on the short lines alone it was lost).
// Raising the bar for every page cost articles (twelfth session: +0.1
// gave 0.93299 -> 0.93225); behind the gate, on the wcxb-dev flat pages
// articles rose 0.93323 -> 0.93388 and all pages 0.79193 -> 0.79220,
// on both halves of the set (even and odd page ids), and with the block
// model refitted on each half and scored on the other too
// (docs/quality.md, fourteenth session).
const (
	textSureLogit = -2.0
	textSureRaise = 0.2
)

// textRaiseBar clears the blocks of keep that the model m no longer
// keeps, its bar being higher than the one keep was read with: the
// blocks a page's model keeps at a higher bar are among those it kept
// at a lower one (forest.above is monotone in its bar), so only the kept
// ones are asked again, and the blocks kept whatever the model says
// (textClassifyIn) stay. It returns the blocks it cleared, for
// textKeepRaisedInside.
func textRaiseBar(c *textContext, keep []bool, m textModel) (cut []bool) {
	blocks, first, last := c.blocks, c.first, c.last
	cut = make([]bool, len(blocks))
	lo, hi := textInSpan(keep, nil) // the kept blocks' span (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if !keep[i] || i >= first && i < last && textIsProseSentence(&blocks[i]) || textIsRepeatedLead(blocks, i) {
			continue
		}
		keep[i] = m.keeps(c, i)
		cut[i] = !keep[i]
	}
	return cut
}
