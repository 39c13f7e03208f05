package extract

import (
	"strings"
	"unsafe"
)

// textMarkBound is where a page's first "©" stands in its text, for the
// body's furniture step (textLeaveOutFurnitureLines), which searched
// every kept one-line block for the mark (textIsCopyrightLine): some
// 0.65 M of the 100 long wcxb-dev flat pages' 388 M instructions, for
// the one notice most pages hold in their footer, under the body
// (forty-eighth session, docs/quality/text-extraction-3.md). The text is
// searched once instead (some 4,000 instructions a long page); a block
// whose bytes lie in the text (its trimmed line, a giant line's
// sentence: the same bytes, not a copy) and end before the first mark
// is whole holds none. A block whose bytes lie elsewhere is searched as
// before. TestTextMarkBoundMatchesSearch holds it.
type textMarkBound struct {
	text  string // the page's text; "" when not known, and every block is searched
	first int    // the first mark's offset in text, len(text) when it holds none
}

// newTextMarkBound searches text for its first "©".
func newTextMarkBound(text string) textMarkBound {
	first := strings.Index(text, "©")
	if first < 0 {
		first = len(text)
	}
	return textMarkBound{text: text, first: first}
}

// mayHold reports whether s may hold "©": false only when s's bytes lie
// in the text before its first mark's last byte (s is a piece of the
// text that ends before the mark is whole). A nil m knows no text.
func (m *textMarkBound) mayHold(s string) bool {
	if m == nil || m.text == "" || s == "" {
		return true
	}
	at := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(m.text)))
	end := at + uintptr(len(s)) // wraps, and is past the text, when s starts before it
	return at >= uintptr(len(m.text)) || end > uintptr(len(m.text)) || end > uintptr(m.first+1)
}
