package extract

import "strings"

// A site's mega menu, set over the headline, names each entry on a short
// line and describes it in a sentence on the next ("Lead the Way" / "The
// Master of Public Safety is an online program designed for …",
// "CyberStrong" / "Whitepapers, one-pagers, industry reports, analyst
// research, and more."). Those sentences are not the article's opening,
// so textLeaveOutOverHeadline passes over a sentence that sits right under
// such an entry. A standfirst sits under the headline or opens the page,
// and a service page's own feature list, which its gold keeps, is read on
// pages the page model doubts or sits under its headline (docs/quality.md,
// "Flat precision, round six", thirty-ninth session).

// textMenuEntryMaxWords is the most words of a menu entry's name.
const textMenuEntryMaxWords = 6

// textMenuBlurbMaxWords is the most words of an entry's blurb: a
// paragraph longer than that is an introduction, wherever it stands.
const textMenuBlurbMaxWords = 40

// textIsMenuEntry reports a line that may name a menu's entry: one line
// of one to textMenuEntryMaxWords words that ends no sentence ("Lead the
// Way", "Prioritize & Act on Findings"). A label ending with a colon
// leads in to what follows and is none, nor is a breadcrumb trail
// ("Home / Travel"), under which a standfirst may open the article.
func textIsMenuEntry(b *textBlock) bool {
	return b.words >= 1 && b.words <= textMenuEntryMaxWords && !b.sentEnd &&
		!b.lines && !textIsBreadcrumb(b)
}

// textHeadlineOverByline returns the one staying block that states the
// headline on its first line and a byline on its second ("Cybersecurity
// Best Practices for Small Businesses and Startups\nby Maahnoor …"), the
// reader having joined the two, or -1; only when no staying block states
// the headline alone (textHeadlineAmong), and not for a headline ending
// with a full stop, which is a slogan. in reports no block that keep
// does not hold: the walk steps past the page's runs of dropped blocks
// (textNextKept; TestTextHeadlineOverBylineMatchesPlain).
func textHeadlineOverByline(blocks []textBlock, keep []bool, headline string, in func(i int) bool) int {
	t := foldTitle(headline)
	if t == "" {
		return -1
	}
	n := strings.Count(t, " ") + 1
	at := -1
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) {
		b := &blocks[i]
		if b.words <= n || !b.lines || !in(i) { // one line holds no headline over its byline
			continue
		}
		first, rest, two := strings.Cut(b.text, "\n")
		if !two || strings.IndexByte(rest, '\n') >= 0 || strings.HasSuffix(first, ".") ||
			!foldTitleIs(first, t) || textBylineMatch(rest) == nil {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}

// textHeadlineBySlug returns the one staying line that states the words
// of the page's URL slug (textArticleSlug, textSlugShare of them) and
// reads like a headline (one line of at most textHeadlineMaxWords words
// that ends no sentence), or -1. A mega menu's entries are taken for the
// title on some pages ("Non-Surgical SI Joint Fusion" for
// ".../office-chairs-to-prevent-back-pain/", whose headline the body
// states), and textLeaveOutOverHeadline then reads this line instead.
func textHeadlineBySlug(blocks []textBlock, url string, in func(i int) bool) int {
	if url == "" {
		return -1
	}
	slug := textArticleSlug(url)
	if slug == nil {
		return -1
	}
	least := int(textSlugShare * float64(len(slug))) // a line's fewest words: it states textSlugShare of the slug's
	at := -1
	for i := range blocks {
		b := &blocks[i]
		if b.words < least || b.words > textHeadlineMaxWords || b.sentEnd || !in(i) ||
			b.lines || textSlugRecall(b.text, slug) < textSlugShare {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}
