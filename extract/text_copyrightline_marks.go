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
//
// The page's bound is kept in its scratch (textScratch.marks) and read
// by the owner test too (textNamesOwnerMarked), which counted the
// page's marks over the whole text at each call: searched once, at the
// first of the two to ask (search), the count starts at the first mark
// (count), 0.46 M and 0.40 M of 100 long wcxb-dev flat pages' 383 M
// instructions for one reading (forty-ninth session,
// docs/quality/text-extraction-3.md). TestTextMarkBoundShared holds it.
type textMarkBound struct {
	text  string // the page's text; "" when not known, and every block is searched
	first int    // the first mark's offset in text, len(text) when it holds none
	last  int    // the last mark's offset in text, once counted (count)
	read  bool   // first is searched (search)
}

// search finds the text's first "©", once for the bound's readers.
func (m *textMarkBound) search() {
	if m.read {
		return
	}
	m.first, m.read = strings.Index(m.text, "©"), true
	if m.first < 0 {
		m.first = len(m.text)
	}
}

// count is the number of "©" in the text: none stands before the first.
// The marks are sought one by one (textIndexCopyright, as
// strings.Count's "©" was) to keep the last one's offset for
// mayHoldCounted.
func (m *textMarkBound) count() int {
	m.search()
	n := 0
	for k := m.first; ; {
		i := textIndexCopyright(m.text[k:])
		if i < 0 {
			return n
		}
		n, m.last, k = n+1, k+i, k+i+len("©")
	}
}

// mayHoldCounted is mayHold once the marks are counted (count): false
// too when s's bytes lie in the text wholly past the last mark's first
// byte. The owner test (textNamesOwnerMarked) walks the blocks from the
// page's end, where the footer's lines under its notice hold no mark:
// 3,416 blocks searched on the 100 long wcxb-dev flat pages, 0.25 M of
// their 347.6 M instructions (fifty-third session,
// docs/quality/text-extraction-4.md; TestTextNamesOwnerInMatchesAll and
// TestTextMarkBoundShared hold the walk to every block's search).
//
// Unlike mayHold it asks no nil m, empty text or empty s: its one caller
// has a text, and an empty s holds no mark whatever is answered. Written
// as one test, it is inlined in the walk (as a call, 33 instructions a
// block).
func (m *textMarkBound) mayHoldCounted(s string) bool {
	at := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(m.text)))
	end, n := at+uintptr(len(s)), uintptr(len(m.text))
	return at >= n || end > n || end > uintptr(m.first+1) && at <= uintptr(m.last)
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
