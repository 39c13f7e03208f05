package extract

import "strings"

// A byline under the page's title where the headline's index is
// elsewhere: the title's after-rules (text_title_after.go) named a
// block far from the one the title model chose, and the byline readings
// read only the blocks around that one ("AI for HR", a menu's heading,
// at block 4 and the body's first block at 37; the title "11 HR Trends
// for 2026: Shaping What's Next" at block 102, its standfirst, then
// "Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van
// Vulpen").

// textTitleBylineReach is how many blocks under the title's block are
// read for its byline: the byline, or a standfirst and then the byline.
const textTitleBylineReach = 3

// textBylineUnderTitleBlock is the name a byline line (textBylineName)
// gives within textTitleBylineReach blocks under the block that states
// the title, when that block lies outside the blocks textFindAuthor read
// around the headline at and the body's first block first; or "".
func textBylineUnderTitleBlock(blocks []textBlock, at, first int, title string) string {
	if title == "" {
		return ""
	}
	from := min(max(at, 0), first)
	k := textBlockStating(blocks, title)
	if k < 0 || k >= from-textAuthorWindow && k < first+textAuthorWindow {
		return ""
	}
	for i := k + 1; i <= k+textTitleBylineReach && i < len(blocks); i++ {
		b := &blocks[i]
		if b.words > textBylineWords || !textOpensBylineLabel(b.text) {
			continue
		}
		if name := textBylineName(b.text, b.words, blocks); name != "" {
			return name
		}
	}
	return ""
}

// textBlockStating is the index of the first block whose text is s, or
// -1. A title that textTitleStatedTwice spelled with straight quotes
// matches its block's curly ones ("What’s"): a curly quote is two bytes
// longer, so only blocks up to that much longer are spelled straight
// and compared.
func textBlockStating(blocks []textBlock, s string) int {
	quotes := strings.Count(s, "'") + strings.Count(s, `"`)
	for i := range blocks {
		t := blocks[i].text
		if t == s || quotes > 0 && len(t) > len(s) && len(t) <= len(s)+2*quotes && textStraightQuotes.Replace(t) == s {
			return i
		}
	}
	return -1
}
