package extract

import (
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// textTitleGluedSlug returns the headline a page with no title states
// when its address ends in one word that is the headline's words run
// together ("…/graphicdesigncourses" for "Graphic Design Courses",
// "…/foldcut" for "The Fold-and-Cut Problem", "…/smallbusinesscyber"
// for "Small Business Cybersecurity Corner"): a site that names its
// pages so gives the slug rules nothing to count (textSlugKeys finds one
// word, and they ask two), and the title model no shared word. The
// first one-line block of a headline's shape (textIsHeadline) whose
// words, stopwords left out, spell the slug from their start across two
// words or more, the last one perhaps cut, is the title; with a title
// given, a slug of several words or a short one, title stays. On the
// wcxb-dev flat pages read with their URL it gave three articles of three
// sites their title and moved no other page, and with a chapter's number
// left out (textSpellsGlued) a manual's page its title (2858)
// (docs/quality/text-extraction-2.md, forty-third session). Only the
// title's text follows.
func textTitleGluedSlug(blocks []textBlock, title string, slug []string) string {
	if title != "" || len(slug) != 1 || len(slug[0]) < textGluedSlugMin {
		return title
	}
	for i := range blocks {
		b := &blocks[i]
		if !textIsHeadline(b) || b.lines {
			continue
		}
		if textSpellsGlued(b.text, slug[0]) {
			return textTitleText(b)
		}
	}
	return title
}

// textGluedSlugMin is the shortest slug textTitleGluedSlug reads as words
// run together: a shorter one is a word or a code.
const textGluedSlugMin = 6

// textSpellsGlued reports whether line s's words that are no stopwords,
// run together from the first, spell glued across two words or more, the
// last of them perhaps only opened ("cyber" of "Cybersecurity"). A
// chapter's number opening the line is left out as a stopword is: a
// manual's "5. Data Structures" on …/datastructures.html.
func textSpellsGlued(s, glued string) bool {
	rest, n := glued, 0
	for k, w := range textnorm.Words(s) {
		if textnorm.IsStopword(w) || (k == 0 && allDigits(w)) {
			continue
		}
		n++
		switch {
		case strings.HasPrefix(rest, w):
			rest = rest[len(w):]
			if rest == "" {
				return n >= 2
			}
		case n >= 2 && strings.HasPrefix(w, rest):
			return true
		default:
			return false
		}
	}
	return false
}
