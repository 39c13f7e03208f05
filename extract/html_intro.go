package extract

import "strings"

// A story seldom opens on a subhead. When the first block the block
// model keeps is a heading, the paragraphs just above it are most often
// the story's introduction, which the model dropped for sitting apart
// from the sections (in a summary box, a hero or a definition panel).
// restoreIntro keeps them again when go-trafilatura's body holds them
// too: the second opinion is what tells an introduction from the
// standfirst or blurb of a page whose body opens on a paragraph, where
// the same restore cost articles (deks, 0047, 0158, 0293, 0329). Only
// prose: a <p> of introMinWords words or more, under introMaxLinks of it
// link text, ending as a sentence ends, and not an affiliate disclosure
// (isDisclosure: both extractors keep "We may earn a commission …" over a
// buying guide's first section, 0133, 4828); a heading above stops the
// walk.
// On wcxb-dev (eval extract --mode html) articles even ids 0.962944 ->
// 0.962961, odd 0.964927 -> 0.965003, all pages 0.830441 -> 0.830642 and
// 0.826266 -> 0.826360; 12 pages up (articles, documentation, services, a
// listing), none down (docs/quality.md, thirtieth session).
const (
	introReach    = 5  // how many blocks above the first kept heading are read
	introMinWords = 15 // a shorter block is a label, a byline or a date
	introMaxLinks = 0.2
)

// restoreIntro returns keep with the introduction restored above the
// first kept block when that block is a heading. words are the blocks'
// (blockWords); c's go-trafilatura body must hold each restored block.
func restoreIntro(page []block, words [][]string, keep []bool, c candidates) []bool {
	first, _ := htmlSpan(func(i int) bool { return keep[i] && len(words[i]) > 0 }, len(keep))
	if first <= 0 || !page[first].heading {
		return keep
	}
	var out []bool
	for i := first - 1; i >= 0 && i >= first-introReach && !page[i].heading; i-- {
		if keep[i] || !isIntroProse(page[i], len(words[i])) || !holdsText(c.traf, page[i].text) {
			continue
		}
		if out == nil {
			out = append([]bool(nil), keep...)
		}
		out[i] = true
	}
	if out == nil {
		return keep
	}
	return out
}

// isIntroProse reports a paragraph of prose: a <p> of n words, at least
// introMinWords, little of it link text, whose text ends a sentence and
// is no disclosure.
func isIntroProse(b block, n int) bool {
	if b.item || b.node == nil || b.node.Data != "p" || n < introMinWords || b.links >= introMaxLinks {
		return false
	}
	if isDisclosure(strings.ToLower(b.text)) {
		return false
	}
	return textEndsSentence(strings.TrimRight(b.text, " \t\u00a0"))
}

// holdsText reports whether one of bs has exactly the text s.
func holdsText(bs []block, s string) bool {
	for _, b := range bs {
		if b.text == s {
			return true
		}
	}
	return false
}

// isDisclosure reports an affiliate disclosure by its wording (low is
// lower-case): a commission or affiliate links named with what the site
// earns or receives from them ("Purchases made through our links may earn
// us a commission", "SoundGuys may receive a commission on orders").
func isDisclosure(low string) bool {
	return (strings.Contains(low, "commission") || strings.Contains(low, "affiliate")) &&
		(strings.Contains(low, "earn") || strings.Contains(low, "receive"))
}
