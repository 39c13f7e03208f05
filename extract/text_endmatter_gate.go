package extract

import (
	"math/bits"

	"github.com/storyfold/storyfold/textnorm"
)

// The end matter phrases (endMatterCues) are read word by word from a
// tail paragraph's text (endMatterWords), a scan of every word of the
// long paragraphs textLeaveOutTail weighs: 2.40 M of 100 long wcxb-dev
// flat pages' 347.6 M over 106 paragraphs. Every phrase holds a content
// word ("rights", "cookies", "inbox", "demo", "author" …), and the block
// reader keeps the key of each content word a block holds
// (textBlock.keys, textContentKeys): a paragraph whose keys lack one of
// each phrase's content words cannot hold that phrase, and one that can
// hold none is not scanned.

// textEndMatterGate is what textKeysMayHoldEndMatter reads: the content
// words' keys of the phrases (keys, at most 32), the phrases' needs as
// sets of those keys (a bit each), and a table from a key's hash
// (textEndMatterSlot) to the keys that hash there, so that most keys of
// a paragraph are turned away by one load.
var textEndMatterGate = func() (g struct {
	keys []uint64
	need [len(endMatterPhrases)]uint32
	slot [256]uint32
}) {
	for i, p := range endMatterPhrases {
		for _, w := range p {
			if !textIsContentWord([]byte(w)) {
				continue
			}
			k := textContentKeyPlain([]byte(w))
			at := -1
			for j, have := range g.keys {
				if have == k {
					at = j
				}
			}
			if at < 0 {
				at = len(g.keys)
				g.keys = append(g.keys, k)
			}
			g.need[i] |= 1 << at
			g.slot[textEndMatterSlot(k)] |= 1 << at
		}
	}
	if len(g.keys) > 32 {
		panic("extract: textEndMatterGate holds at most 32 keys")
	}
	return g
}()

// textIsContentWord reports whether the lowered word w has a content key
// (textContentKeys): textApartLetters bytes or more, no stopword and not
// all digits.
func textIsContentWord(w []byte) bool {
	return len(w) >= textApartLetters && !textAllDigits(w) && !textnorm.IsStopwordBytes(w)
}

// textEndMatterSlot is key k's place in textEndMatterGate.slot: the top
// byte of its Fibonacci hash.
func textEndMatterSlot(k uint64) uint8 { return uint8((k * 0x9E3779B97F4A7C15) >> 56) }

// textKeysMayHoldEndMatter reports whether a block whose content words'
// keys are keys may hold an end matter phrase: whether they hold every
// content word of one phrase. It is false only of a text
// endMatterWords finds no phrase in (TestTextEndMatterGateMatchesPlain).
func textKeysMayHoldEndMatter(keys []uint64) bool {
	g := &textEndMatterGate
	var seen uint32
	for _, k := range keys {
		m := g.slot[textEndMatterSlot(k)]
		if m == 0 {
			continue
		}
		for ; m != 0; m &= m - 1 {
			if at := bits.TrailingZeros32(m); g.keys[at] == k && seen&(1<<at) == 0 {
				seen |= 1 << at
				if textEndMatterNeedMet(seen) {
					return true
				}
			}
		}
	}
	return textEndMatterNeedMet(seen)
}

// textEndMatterNeedMet reports whether seen, a set of
// textEndMatterGate's keys, holds every content word of one phrase.
func textEndMatterNeedMet(seen uint32) bool {
	for _, need := range textEndMatterGate.need {
		if seen&need == need {
			return true
		}
	}
	return false
}
