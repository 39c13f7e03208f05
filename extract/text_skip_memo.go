package extract

import "unsafe"

// textPagePhraseMemo keeps textPagePhrases' answers for the lowered
// starts textCountPage has read, by where their bytes lie: a page's
// reader lowers each text once and hands a repeated block the first
// copy's string (textLowerPrefixesIn), so a menu's or a teaser's line
// stated again is the same bytes at the same address. textCountPage read
// every copy again, some 300 instructions each (textPagePhrases.scan, 7.0
// M of the 100 long wcxb-dev flat pages' 404.6 M, 22,498 blocks; forty-
// sixth session, docs/quality/text-extraction-2.md). A slot answers only
// for the same address and length, which are the same bytes, so a miss
// or a slot another string took reads the line as before.
type textPagePhraseMemo struct {
	slots [textPagePhraseSlots]textPagePhraseSlot
}

// textPagePhraseSlot is one string's answer: its first byte's address,
// its length and what the scan saw.
type textPagePhraseSlot struct {
	at   *byte
	n    int
	seen uint64
}

// textPagePhraseSlots is how many strings the memo keeps, a power of two:
// a page's repeated short lines are a few dozen texts.
const textPagePhraseSlots = 256

// scan is textPagePhrases.scan(low, 0), read from the memo when low's
// bytes were read before.
func (m *textPagePhraseMemo) scan(low string) uint64 {
	if low == "" {
		return textPagePhrases.scan(low, 0)
	}
	at := unsafe.StringData(low)
	a := uintptr(unsafe.Pointer(at))
	sl := &m.slots[(a^a>>6^a>>12)&(textPagePhraseSlots-1)]
	if sl.at == at && sl.n == len(low) {
		return sl.seen
	}
	seen := textPagePhrases.scan(low, 0)
	*sl = textPagePhraseSlot{at: at, n: len(low), seen: seen}
	return seen
}

// textPagePhraseSeen is textPagePhrases.scan(b.low, 0), through the memo
// for a block stated more than once on the page (textBlock.dup): a line
// stated once is read once, and the memo keeps its slots for the lines
// that come again.
func textPagePhraseSeen(m *textPagePhraseMemo, b *textBlock) uint64 {
	if b.dup == 0 {
		return textPagePhrases.scan(b.low, 0)
	}
	return m.scan(b.low)
}
