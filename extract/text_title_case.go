package extract

import (
	"strings"
	"unicode"
)

// textTitleCaseBlocks is how far above or below the headline
// textTitleFewerCapitals looks for the page's other spelling of it, and
// textTitleCaseFewer how many capitals fewer that spelling must have.
const (
	textTitleCaseBlocks = 8
	textTitleCaseFewer  = 2
)

// textTitleFewerCapitals returns the spelling of title with the fewest
// capitals that a block at most textTitleCaseBlocks from at states, with
// at least textTitleCaseFewer capitals fewer, else title. A page that
// shows its headline twice in different case (a hero's "Denizens Of The
// Dark: Indoor Plants For Low-Light Spaces" over the article's "Denizens
// of the Dark: Indoor Plants for Low-Light Spaces") styles one copy as a
// banner; the copy in the writer's own case is the headline. A banner
// restyles every word; one capital more or fewer is the writer's own
// choice, as after a colon ("problem solvers: Startups" over "problem
// solvers: startups", the gold the first; with one capital fewer enough
// that page was lost). A line in capitals only is left alone either way:
// a heading set in capitals is as often the gold as not. Only the text
// changes, never the block the body and the byline are read around. On
// the 1,497 wcxb-dev flat pages 2 more exact article titles (one on even
// page ids, one on odd; without the URL one, odd), none fewer, no other
// page's title moved. On the HTML path the twenty-fifth session found
// the same lean: where a stated title differs from ours only in having
// more capitals, the gold takes ours 13 times, it 7.
func textTitleFewerCapitals(title string, blocks []textBlock, at int) string {
	if at < 0 || !strings.ContainsFunc(title, unicode.IsLower) {
		return title
	}
	best, caps := title, -1 // caps is counted at the first spelling found
	for j := max(0, at-textTitleCaseBlocks); j < min(len(blocks), at+textTitleCaseBlocks+1); j++ {
		if j == at || len(blocks[j].text) < len(title) { // a block's title text is a piece of its text
			continue
		}
		s := textTitleText(&blocks[j])
		if len(s) != len(title) || !strings.EqualFold(s, title) {
			continue
		}
		if caps < 0 {
			caps = textCapitals(title)
		}
		if c := textCapitals(s); c <= caps-textTitleCaseFewer && strings.ContainsFunc(s, unicode.IsLower) {
			best, caps = s, c
		}
	}
	return best
}

// textCapitals counts the upper-case letters of s.
func textCapitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
