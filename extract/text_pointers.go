package extract

import (
	"strings"
	"unicode"
)

// A site that points from inside its articles to its other posts sets
// each pointer as a line of its own: a cue, a colon or a mark, and the
// other post's title ("Also read: …", "Read More: …", ">> Related: …").
// The wcxb-dev gold leaves such lines out on some sites and keeps them on
// others, line for line about even; but a body that holds three of them
// or more is a site's habit of pointing, and there the gold leaves them
// out two pages in three (thirty-fifth session, "Flat precision" round
// two in docs/quality.md).
const (
	// textPointerMaxWords is the most words of a pointer line: a cue
	// and a headline; a longer line is a sentence that names a post.
	textPointerMaxWords = 16
	// textPointerMin is the fewest pointer lines a body must hold for
	// them to leave it.
	textPointerMin = 3
)

// textPointerCues open a pointer line, compared with the block's
// lower-cased start; the cue must be followed by a mark
// (textIsPointerLine).
// Not the HTML path's crossLinkCues: with that list's further cues added
// ("more", "read next", "suggested", "further reading") the step took
// lines the gold keeps (one article down, none up, at the thirty-fifth
// session's head).
var textPointerCues = []string{
	"also read", "read also", "read more", "related", "related reading", "related story",
	"related article", "related post", "see also", "recommended",
	"more from", "also see", "must read", "don't miss", "don’t miss",
}

// textLeaveOutPointerLines marks the pointer lines (textIsPointerLine)
// that stay in the body when it holds textPointerMin of them or more.
// A page's one or two pointers are left as they are: the gold keeps
// them as often as not.
func textLeaveOutPointerLines(blocks []textBlock, keep, out []bool) {
	var lines []int
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsPointerLine(&blocks[i]) {
			lines = append(lines, i)
		}
	}
	if len(lines) < textPointerMin {
		return
	}
	for _, i := range lines {
		out[i] = true
	}
}

// textIsPointerLine reports a line of at most textPointerMaxWords words
// that opens, past any marks ("» ", "[", "💡 "), on a pointer cue
// followed by a colon, a bar, a guillemet, an angle or a dash, and that
// ends no sentence with a full stop or a bang (a sentence that names a
// post is the writer's).
func textIsPointerLine(b *textBlock) bool {
	if b.words < 2 || b.words > textPointerMaxWords {
		return false
	}
	text := strings.TrimRightFunc(b.text, unicode.IsSpace)
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") {
		return false
	}
	low := strings.TrimLeftFunc(b.low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return opensOnCue(low, textPointerCues, ":|»>-")
}
