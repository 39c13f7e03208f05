package extract

import (
	"slices"
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
	for i := textNextKept(keep, 0); i < len(blocks); i = textNextKept(keep, i+1) { // text_nextkept.go
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
//
// The cue's opening (textMayOpenPointer) is asked before the line's end
// is trimmed and before the cues are compared one by one: the trim and
// the cues were 2.91 M of 100 long wcxb-dev flat pages' 347.6 M over
// 3,894 lines, of which one in ten opens as a cue does.
func textIsPointerLine(b *textBlock) bool {
	if b.words < 2 || b.words > textPointerMaxWords {
		return false
	}
	low := b.low
	if low == "" || !isASCIILetter(low[0]) && (low[0] < '0' || low[0] > '9') {
		// only a line that opens past marks is trimmed: a letter or digit
		// first is no mark, and the trim's call and closure were 0.5 M
		low = strings.TrimLeftFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	if !textMayOpenPointer(low) {
		return false
	}
	text := strings.TrimRightFunc(b.text, unicode.IsSpace)
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") {
		return false
	}
	return opensOnCue(low, textPointerCues, ":|»>-")
}

// textPointerOpenings are the first four bytes of textPointerCues, each
// once, as little-endian numbers: a line opens on a cue only when its
// first four bytes are one of them (every cue has four bytes or more).
var textPointerOpenings = func() (out []uint32) {
	for _, cue := range textPointerCues {
		if len(cue) < 4 {
			panic("extract: textPointerOpenings needs cues of four bytes or more")
		}
		if o := textOpening4(cue); !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}()

// textMayOpenPointer reports whether low's first four bytes are a
// pointer cue's (textPointerOpenings); opensOnCue reads only such a line.
func textMayOpenPointer(low string) bool {
	if len(low) < 4 {
		return false
	}
	return slices.Contains(textPointerOpenings, textOpening4(low))
}

// textOpening4 is s's first four bytes as a little-endian number; s has
// four bytes or more.
func textOpening4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
