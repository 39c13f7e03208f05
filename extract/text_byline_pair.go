package extract

import "strings"

// Two writers by their first names under a written label: "Written By
// Linny and Peter" (wcxb-dev 4084, a couple's travel blog, whose gold
// keeps both). The byline expression wants a name of two capitalised
// words and the one-word reading (textBylineHandle) one word before the
// byline's end, so neither reads it. A bare "By" over two capitalised
// words joined so is a filter's ("By Gender & Age", "By States and
// Regions": thirteen wcxb-dev flat pages of two sites, none an article
// with a gold author), so only "Written by" and "Posted by" open the
// pair, and neither word may be one the page writes in lower case.

// textBylineNamePair is "Jane and Ed" from a byline line t that opens
// "Written by" or "Posted by" and names two one-word writers joined by
// "and" or "&", each a handle (textHandleWord) opening with a capital
// that the page does not write in lower case, with nothing after them
// but the byline's end (textBylineEnds); else "".
func textBylineNamePair(t string, blocks []textBlock) string {
	// Both labels open with a byte of textBylineLabelFirsts: the two
	// case-blind prefix tests of every other line are spared (forty-ninth
	// session; TestTextBylineNamePairFirsts).
	if t == "" || !textBylineLabelFirsts[t[0]] {
		return ""
	}
	if !textHasLowerPrefix(t, "written by") && !textHasLowerPrefix(t, "posted by") {
		return ""
	}
	words := strings.Fields(textBylineLabelRest(t))
	if len(words) < 3 || words[1] != "and" && words[1] != "&" {
		return ""
	}
	rest := strings.Join(words[3:], " ")
	for _, w := range [2]string{words[0], words[2]} {
		if !opensUpper(w) || !textHandleWord(w) || textLowerOnPage(strings.ToLower(w), blocks) {
			return ""
		}
	}
	if !textBylineEnds(rest) {
		return ""
	}
	return strings.Join(words[:3], " ")
}
