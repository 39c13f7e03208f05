package extract

import "strings"

// A long guide opens with its contents, each section numbered ("1.1
// SoundPEATS Truengine 3 SE"), and sets each section's heading again
// without its number further down. The title model can take such a
// heading, a product's name under a buying guide's headline, when the
// page is read without its URL (4002, its headline stated three times
// over the body scoring 0.04 under the heading). A heading the page lists
// in its own numbered contents above it names a part of the page, not
// the page: textTitleNotField treats it as a field. On the wcxb-dev flat
// pages, with and without the URL, only that line taken is so listed.

// textTitleListedReach is how many blocks over the line taken its
// numbered contents entry may stand.
const textTitleListedReach = 60

// textTitleListedOver reports whether a block within textTitleListedReach
// blocks over block at reads as a numbered contents entry for at's title
// text: a section number (digits and dots, "2.", "1.1") and a space before
// that text.
func textTitleListedOver(blocks []textBlock, at int) bool {
	t := textTitleText(&blocks[at])
	for j := max(0, at-textTitleListedReach); j < at; j++ {
		s := blocks[j].text
		n := len(s) - len(t) - 1
		if n < 2 || !strings.HasSuffix(s, t) || s[n] != ' ' {
			continue
		}
		if num := s[:n]; isDigitByte(num[0]) && strings.IndexByte(num, '.') > 0 && strings.Trim(num, "0123456789.") == "" {
			return true
		}
	}
	return false
}
