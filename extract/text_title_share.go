package extract

import (
	"slices"
	"strings"
)

// textShareButtons are the lines a share bar flattens to, one button a
// line, compared whole and lower-cased.
var textShareButtons = map[string]bool{
	"share": true, "facebook": true, "twitter": true, "x": true, "pinterest": true,
	"whatsapp": true, "linkedin": true, "reddit": true, "email": true, "print": true,
	"link": true, "copy link": true, "close share": true, "tweet": true, "pin it": true,
	"messenger": true, "telegram": true,
}

// textShareButtonWords is the longest share button read.
const textShareButtonWords = 3

// textIsShareButton reports whether block b is one share bar's button.
func textIsShareButton(b *textBlock) bool {
	return b.words <= textShareButtonWords && len(b.text) <= 16 &&
		textShareButtons[strings.TrimSpace(b.low)] // low: the line lowered, whole at this length
}

// textTitleOverShareBar returns the index of the block whose text is the
// page's headline: the title candidate right above a share bar of at
// least two buttons (and the short dated lines among them) that ends
// right over at, else at. A post's header runs headline, date, share
// buttons; what stands between the bar and the first paragraph is the
// header's picture, flattened to its alt text or caption ("Ferah
// Catering Texas Chocolate Cake" under "6 Expert Wedding Catering Tips
// Every Couple Should Know", the date and Share, Facebook, Twitter,
// Pinterest, WhatsApp), or the article's own restated heading ("10 Art
// Books That …" under "10 Books That …" and Share, Link, Close share,
// Copy link), and the title model scores that line over the body the
// higher. As in textTitleDatedAbove only the title's text follows: the
// block the body, byline and date are read around stays at. On the
// 1,497 wcxb-dev flat pages 2 more exact article titles (both on odd page
// ids, with the URL and without), no title of any page lost, no other
// title moved; a bar of one button (a lone "Share") moved two titles
// from right to wrong.
func textTitleOverShareBar(blocks []textBlock, cands []int, at int) int {
	i, buttons := at-1, 0
	for ; i >= 0; i-- {
		b := &blocks[i]
		if textIsShareButton(b) {
			buttons++
			continue
		}
		if b.words > textDateBylineWords || !textDateIn(b.text) {
			break
		}
	}
	if buttons < 2 || i < 0 || !slices.Contains(cands, i) {
		return at
	}
	return i
}
