package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textLastLineOver reports that text's last line, as textLastLine trims
// it, is longer than n bytes, read from text's end: the white space and
// colons textLastLine trims there, then the n+1 bytes before them, which
// hold no line break and open on a byte that is no space, so the line
// and its trimmed start lie before them. False where that does not hold
// (a line break or a space beyond ASCII in the trimmed tail, a shorter
// text, a window opening on a space or a byte beyond ASCII): the line is
// then read whole.
//
// textIsBylineLabel turns away a line over four times the longest
// label's length; most texts it reads whole are paragraphs ending in a
// space, a colon or a rune beyond ASCII, whose line break was sought
// over all their bytes (textLastLine, some 250 instructions a block over
// 1,342 blocks of 100 long wcxb-dev flat pages; fiftieth session).
// TestTextLastLineOverMatchesLastLine holds it to textLastLine.
func textLastLineOver(text string, n int) bool {
	e := len(text)
	for e > 0 {
		c := text[e-1]
		if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRuneInString(text[:e]); unicode.IsSpace(r) {
				return false
			}
			break
		}
		if c == '\n' {
			return false
		}
		if !asciiSpace(c) {
			break
		}
		e--
	}
	for e > 0 && text[e-1] == ':' {
		e--
	}
	if e <= n {
		return false
	}
	window := text[e-n-1 : e]
	return textIsGlyph(window[0]) && strings.IndexByte(window, '\n') < 0
}
