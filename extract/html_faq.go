package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// faqGapWords bounds the words dropped between the body's last kept block
// and an FAQ heading that restoreFAQ still reads as the story's own: a
// signup form or a one-line call to act sits between them on binariks.com
// and fool.com; the FAQ of a page's footer lies further on.
const faqGapWords = 80

// faqMaxWords bounds what restoreFAQ restores under one heading, so a
// section that never reaches a heading of its rank brings back no more
// than the longest FAQ the gold keeps on wcxb-dev (about 600 words) five
// times over.
const faqMaxWords = 3000

// faqStopCues are the names of boxes no answer sits in: restoreFAQ stops
// at the first block inside one.
const faqStopCues = cueComment | cueRelated | cueShare | cueNewsletter | cueFooter | cueNav | cueSidebar | cueAd

// restoreFAQ returns keep with a dropped FAQ after the body restored on a
// page that states it is an article (stated): a heading that names it
// ("FAQ", "FAQs", "Frequently Asked Questions") within faqGapWords of the
// last kept block, whose next block with words is a question, and the
// blocks under it up to the next heading of its rank or higher that is not
// a question. Such sections often stand outside the story's container (a
// section of their own, an accordion whose answers are folded), so the
// extractors and the block model leave them, while the gold keeps them as
// the story's last part on most sites.
//
// On wcxb-dev (eval extract --mode html) articles 0.96549 -> 0.96567
// (even ids 0.96503 -> 0.96517, odd 0.96596 -> 0.96617), all pages
// 0.83013 -> 0.83022 (even 0.83246 -> 0.83253, odd 0.82774 -> 0.82784),
// no other type moved: 0206, 0267, 0291, 4363 and 0046 up (five sites),
// 0037 and 4643 down (two sites whose gold leaves its FAQ out). Without
// the question after the heading, a contents list under "FAQ" came back
// (4155 -0.17); on every page, not only stated ones, services fell
// (4188, 4905; docs/quality/html-extraction.md).
func restoreFAQ(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	_, last := htmlSpan(func(i int) bool { return keep[i] && len(words[i]) > 0 }, len(keep))
	if last < 0 {
		return keep
	}
	h := faqHeadingAfter(page, words, last)
	if h < 0 {
		return keep
	}
	if q := nextWithWords(words, h); q < 0 || !isQuestion(page[q].text) {
		return keep
	}
	out := append([]bool(nil), keep...)
	out[h] = true
	rank, n := headingRank(page[h]), 0
	for j := h + 1; j < len(page); j++ {
		b := page[j]
		if len(words[j]) == 0 {
			continue
		}
		if b.heading && !isQuestion(b.text) && headingRank(b) <= rank {
			break
		}
		if n += len(words[j]); b.links > 0.5 || b.names&faqStopCues != 0 || n > faqMaxWords {
			break
		}
		out[j] = true
	}
	return out
}

// faqHeadingAfter returns the index of the first FAQ heading from last on
// with at most faqGapWords words between them, or -1.
func faqHeadingAfter(page []block, words [][]string, last int) int {
	gap := 0
	for i := last; i < len(page) && gap <= faqGapWords; i++ {
		if page[i].heading && isFAQHeading(words[i]) {
			return i
		}
		if i > last {
			gap += len(words[i])
		}
	}
	return -1
}

// isFAQHeading reports a heading's words that name a page's questions and
// answers: "FAQ", "FAQs", "Frequently asked questions (FAQs)", "How to
// Choose the Best Running Shoes FAQs". Ten words at most: a sentence that
// mentions an FAQ is no heading over one.
func isFAQHeading(words []string) bool {
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for i, w := range words {
		switch {
		case w == "faq" || w == "faqs":
			return true
		case w == "frequently" && i+2 < len(words) && words[i+1] == "asked" && strings.HasPrefix(words[i+2], "question"):
			return true
		}
	}
	return false
}

// isQuestion reports text that ends with a question mark.
func isQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}

// headingRank is the level of the heading element b sits in (1 for h1 to
// 6 for h6), or 7 for a block in none.
func headingRank(b block) int {
	for n := b.node; n != nil; n = n.Parent {
		switch tagAtom(n) {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return int(n.Data[1] - '0')
		}
	}
	return 7
}
