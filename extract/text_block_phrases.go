package extract

import (
	"slices"
	"unsafe"
)

// The block reader reads a short block's lowered start for two lists in
// one pass: the drop phrases its cue is read from (textIsDropPhrase) and
// the page model's phrases the page's counts are made of (textCountPage).
// Each list had a scan of its own over the same bytes.

// textPagePhraseMaxWords is the longest block whose page phrases are
// counted (textCountPage), and so read by the block reader.
const textPagePhraseMaxWords = textCueMaxWords * 2

// Every block the page phrases are read from is one textIsDropPhrase
// reads with the furniture phrases (textDropPhrases).
var _ [textFurnitureMaxWords - textPagePhraseMaxWords]struct{}

// textDrop is the drop phrases' answer for a block, when it was read.
type textDrop int8

const (
	textDropUnread textDrop = iota // not read: textIsDropPhrase asks
	textDropNone                   // no drop phrase in the block's lowered start
	textDropHeld                   // a drop phrase in it
)

// textDropOf is the textDrop of held.
func textDropOf(held bool) textDrop {
	if held {
		return textDropHeld
	}
	return textDropNone
}

// textDropMark is the bit of textBlockPhrases' answer that every drop
// phrase sets: the page's phrases take theirs by index, as in
// textPagePhrases, and a block is dropped for any one drop phrase.
const textDropMark = 1 << 63

// textBlockPhrases matches textPagePhrases' phrases, each setting its
// index's bit, and textDropPhrases', all setting textDropMark.
var textBlockPhrases = newTextBlockPhrases(textPagePhrases.list, textDropPhrases.list)

// textBlockPhrasesLong is textBlockPhrases without its short phrase
// ("sku", phraseLoneShort): the block reader scans a page's lowered
// starts with it when none of them holds the short phrase
// (textBlockPhrasesFor).
var textBlockPhrasesLong = textBlockPhrases.withoutShort()

// textBlockPhrasesFor is the matcher the block reader reads a page's
// lowered starts with, all of which lie in lows (textScratch.lowBuf,
// read in place): one whose scan seeks
// the short phrase's rare byte in every start where lows holds the
// phrase, the one without it otherwise. The byte's search was a third
// of the block reader's scans, and nearly every page lacks "sku"
// (TestTextBlockPhrasesLongMatch).
func textBlockPhrasesFor(lows []byte) *phrases {
	if textBlockPhrases.shortIn(unsafe.String(unsafe.SliceData(lows), len(lows))) {
		return textBlockPhrases
	}
	return textBlockPhrasesLong
}

func newTextBlockPhrases(page, drop []string) *phrases {
	if len(page) >= 63 {
		panic("extract: the page phrases reach the drop phrases' mark")
	}
	mark := make([]uint64, 0, len(page)+len(drop))
	for i := range page {
		mark = append(mark, 1<<i)
	}
	for range drop {
		mark = append(mark, textDropMark)
	}
	return newPhraseMarks(slices.Concat(page, drop), mark)
}
