package extract

import "github.com/storyfold/storyfold/textnorm"

// fullerHeading returns the one heading of a page without an <h1> that
// states the stated title best with words added inside it, the same
// first and last word ("7 Ways to Help You Transition to a Plant Based
// Diet" beside the og:title "7 Ways to Transition to a Plant-Based
// Diet"), else best. A page that sets its headline as an <h2> shows it
// whole there, and its <head> carries a shortened search title; where
// the <h1> is the longer one, bestH1 takes it already. Words added only
// at either end are left alone: a kicker or a tagline ("Benefits of
// Black Edition", "Play Counter-Strike 2"), not the headline; and a
// page with a heading that states best as it is shows its headline
// there, a fuller heading below being a section that restates it (as on
// 3 wcxb-dev articles whose <h1> is the stated title and a later <h2>
// the same with "Art" or "in 2024" added: the gold kept the stated
// one). On wcxb-dev the gold took the fuller heading on the 1 page
// without an <h1> that has one (an article); no other title moved.
func (m *pageMeta) fullerHeading(best string) string {
	if len(m.h1) > 0 || best == "" {
		return best
	}
	want := textnorm.Words(best)
	key := foldTitle(best)
	pick := ""
	for _, h := range m.heads {
		h = cleanText(h)
		if foldTitle(h) == key {
			return best // shown as it is stated
		}
		if !insertedWithin(want, textnorm.Words(h)) {
			continue
		}
		if pick != "" && foldTitle(pick) != foldTitle(h) {
			return best
		}
		pick = h
	}
	if pick == "" {
		return best
	}
	return pick
}

// insertedWithin reports whether long is short with one or more words
// added between its first and last word: both open and end alike, and
// short's words come in long in their order.
func insertedWithin(short, long []string) bool {
	if len(short) < 2 || len(long) <= len(short) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}
