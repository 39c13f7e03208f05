package extract

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// The later byline readings (textLaterBylines) each walk the page's
// blocks for their own label or line, and most find none: over the 100
// long wcxb-dev flat pages the 42 walks were 11.47 M instructions, most
// of it the walks' own loops turning paragraphs away at their first test
// (fifty-fifth session). A reading whose name is read from (or under) a
// block of a shape its walk tests first (the first or last byte, the
// word count, the length, one line) has that shape as its gate
// (textLaterGate), and one walk over the blocks (textLaterCensus) asks
// every gate of each block at once, from tables, and the reading's own
// test of the block (the label's look-up) only of a block the tables let
// through for a reading no block before it was let through for, so a
// reading no block of the page lets through is not walked at all: with
// ten readings gated, textLaterByline went from 11.47 to 10.39 M on the
// same pages (docs/quality/text-extraction-5.md).

// textLaterGate is a shape that a block of the page has wherever its
// reading gives a name: the block the reading's walk tests first (its
// label, or the line it reads the name from). Zero fields bound nothing.
// It must be necessary, never sufficient: the reading still reads every
// page it lets through (TestTextLaterGatesNecessary,
// TestTextLaterBylineMatchesPlain).
type textLaterGate struct {
	firsts, lasts      string // the bytes the block may open or end with; "" for any
	minWords, maxWords int    // textBlock.words' bounds
	minLen, maxLen     int    // len(textBlock.text)'s bounds
	oneLine            bool   // the block holds no line break (textBlock.lines false)

	// test is the reading's own test of a block the fields let through
	// (nil: none), asked until a block passes it; readings whose gates
	// share one have it asked once a block.
	test *textLaterTest
}

// textLaterTest is a gate's own test of a block.
type textLaterTest struct {
	holds func(b *textBlock) bool
}

// textLaterCensusCap is the most words or bytes the census's tables tell
// apart: a count over it is read as textLaterCensusCap, so every gate's
// bounds stay under it (newTextLaterCensus panics otherwise).
const textLaterCensusCap = 63

// textLaterCensus holds, for each first byte, last byte, word count and
// length of a block, the later byline readings (a bit each, by their
// index in textLaterBylines) whose gate it lets through.
type textLaterCensus struct {
	firsts, lasts [256]uint64
	words, lens   [textLaterCensusCap + 1]uint64
	oneLine       uint64           // the readings whose block holds no line break
	gated         uint64           // the readings with a gate
	held          uint64           // the readings whose gate has its own test
	tests         []*textLaterTest // the gates' tests, each once
	tested        []uint64         // the readings whose gate has tests[t], for each t
	testOf        [64]uint8        // the index in tests of each held reading's test
}

// newTextLaterCensus is the census of the gates of readings, the gate of
// readings[k] at bit k.
func newTextLaterCensus(readings []textLaterByliner) *textLaterCensus {
	c := &textLaterCensus{}
	for k, r := range readings {
		bit := uint64(1) << k
		g := r.gate
		if g == nil {
			for i := range c.firsts {
				c.firsts[i] |= bit
				c.lasts[i] |= bit
			}
			for n := range c.words {
				c.words[n] |= bit
				c.lens[n] |= bit
			}
			continue
		}
		c.gated |= bit
		if g.test != nil {
			c.held |= bit
			c.addTest(g.test, bit)
		}
		if g.oneLine {
			c.oneLine |= bit
		}
		for i := range 256 {
			if textGateByte(g.firsts, byte(i)) {
				c.firsts[i] |= bit
			}
			if textGateByte(g.lasts, byte(i)) {
				c.lasts[i] |= bit
			}
		}
		for n := range textLaterCensusCap + 1 {
			if textGateCount(n, g.minWords, g.maxWords) {
				c.words[n] |= bit
			}
			if textGateCount(n, g.minLen, g.maxLen) {
				c.lens[n] |= bit
			}
		}
	}
	return c
}

// textGateByte reports whether a gate's byte set (all bytes when "")
// holds c.
func textGateByte(set string, c byte) bool {
	for i := range len(set) {
		if set[i] == c {
			return true
		}
	}
	return set == ""
}

// textGateCount reports whether a count n, read as textLaterCensusCap
// when over it, may lie within lo and hi (hi 0: no upper bound).
func textGateCount(n, lo, hi int) bool {
	if lo > textLaterCensusCap || hi >= textLaterCensusCap {
		panic("textLaterGate: a bound past textLaterCensusCap")
	}
	if n == textLaterCensusCap {
		return hi == 0 // any count from the cap on
	}
	return n >= lo && (hi == 0 || n <= hi)
}

// seen is the readings some block of blocks lets through, with every
// reading without a gate.
func (c *textLaterCensus) seen(blocks []textBlock) uint64 {
	seen := ^c.gated
	for i := range blocks {
		b := &blocks[i]
		t := b.text
		if t == "" {
			continue
		}
		m := c.firsts[t[0]] & c.lasts[t[len(t)-1]] & c.words[min(b.words, textLaterCensusCap)] & c.lens[min(len(t), textLaterCensusCap)]
		if b.lines {
			m &^= c.oneLine
		}
		m &^= seen // a reading let through once is read
		seen |= m &^ c.held
		// each test once a block: its readings leave the loop together
		for h := m & c.held; h != 0; {
			t := c.testOf[bits.TrailingZeros64(h)]
			if c.tests[t].holds(b) {
				seen |= m & c.tested[t]
			}
			h &^= c.tested[t]
		}
	}
	return seen
}

// addTest adds the reading at bit to the readings asking test.
func (c *textLaterCensus) addTest(test *textLaterTest, bit uint64) {
	k := bits.TrailingZeros64(bit)
	for t := range c.tests {
		if c.tests[t] == test {
			c.tested[t] |= bit
			c.testOf[k] = uint8(t)
			return
		}
	}
	c.testOf[k] = uint8(len(c.tests))
	c.tests = append(c.tests, test)
	c.tested = append(c.tested, bit)
}

// textLaterCensusOf is the census of textLaterBylines' gates.
var textLaterCensusOf = newTextLaterCensus(textLaterBylines[:])

// textUpperBytes are the bytes of an ASCII capital, a gate's firsts.
const textUpperBytes = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// The gates, each the first test of its reading's walk, in the order of
// textLaterBylines.
var (
	// textNameOverAuthorLabel: a block that is one of
	// textAuthorCardLabels ("Author", "Author’s Profile").
	textAuthorLabelGate = &textLaterGate{firsts: "A", minLen: len("Author"), maxLen: len("Author’s Profile"),
		test: &textLaterTest{func(b *textBlock) bool { return textIsAuthorCardLabel(b.text) }},
	}
	// textLabelEndsBlock: a block of four words or more ending in a
	// label's last byte (textBylineLabelLasts).
	textLabelEndGate = &textLaterGate{lasts: textBytesOf(&textBylineLabelLasts), minWords: 4,
		test: &textLaterTest{func(b *textBlock) bool { return textMayEndInBylineLabel(b.text) }},
	}
	// textLabelledCredName: a label alone, at most three words, ending in
	// a label's last byte.
	textLabelCredsGate = &textLaterGate{lasts: textBytesOf(&textBylineLabelLasts), maxWords: 3,
		test: textLabelAloneTest,
	}
	// textOneNameCountedLine: a line ending in "Comment" or "Comments".
	textCountedNameGate = &textLaterGate{lasts: "st", minLen: len("Comment"),
		test: &textLaterTest{func(b *textBlock) bool {
			return strings.HasSuffix(b.text, "Comments") || strings.HasSuffix(b.text, "Comment")
		}},
	}
	// textNameUnderExpertLabel: one of textExpertLabels, three words.
	textExpertLabelGate = &textLaterGate{firsts: "aAmM", minWords: 3, maxWords: 3, minLen: len("meet our expert"), maxLen: len("about the expert"),
		test: &textLaterTest{func(b *textBlock) bool { return textExpertLabels[b.low] }},
	}
	// textPostedAtFooter: one line of at most 16 words opening with
	// "Posted by ".
	textPostedAtGate = &textLaterGate{firsts: "pP", maxWords: 16, minLen: len(textPostedAtLabel), oneLine: true,
		test: &textLaterTest{func(b *textBlock) bool { return strings.HasPrefix(b.low, textPostedAtLabel) }},
	}
	// textMarkedAuthorList: 4 to textMarkedListWords words, opening on a
	// capital and ending on a mark's last byte (textMarkLasts).
	textMarkedGate = &textLaterGate{firsts: textUpperBytes, lasts: textBytesOf(&textMarkLasts), minWords: 4, maxWords: textMarkedListWords,
		test: &textLaterTest{func(b *textBlock) bool { return textMayEndOnMark(b.text) && textMayHoldMark(b) }},
	}
	// textSearchLinkAuthors: at most ten words opening with "Find
	// articles by ".
	textSearchLinkGate = &textLaterGate{firsts: "F", maxWords: 10, minLen: len(textSearchLinkLead),
		test: &textLaterTest{func(b *textBlock) bool { return strings.HasPrefix(b.text, textSearchLinkLead) }},
	}
	// textLabelOverNameJobs: a label alone on one line, at most three
	// words, ending in a label's last byte.
	textNameJobsGate = &textLaterGate{lasts: textBytesOf(&textBylineLabelLasts), maxWords: 3, oneLine: true,
		test: textLabelAloneTest,
	}
	// textNameAfterAboutLabel: one line of at most textAboutAuthorWords
	// words opening with "About the author".
	textAboutLabelGate = &textLaterGate{firsts: "aA", maxWords: textAboutAuthorWords, minLen: len(textAboutAuthorLabel), oneLine: true,
		test: &textLaterTest{func(b *textBlock) bool { return strings.HasPrefix(b.low, textAboutAuthorLabel) }},
	}
)

// textBytesOf is the bytes a table marks, as a gate's byte set.
func textBytesOf(table *[256]bool) string {
	var set []byte
	for c, ok := range table {
		if ok {
			set = append(set, byte(c))
		}
	}
	return string(set)
}

// textLabelAloneTest is whether a block is a byline's label alone
// (textIsBylineLabel), the two label readings' own test.
var textLabelAloneTest = &textLaterTest{func(b *textBlock) bool {
	return textMayEndLabelPair(b.text) && textMayBeLabelAlone(b.text) && textIsBylineLabel(b.text)
}}

// textMayBeLabelAlone is false only where textIsBylineLabel(text) is, by
// the three bytes before text's trailing colons and spaces: the last two
// a label's end (textMayEndLabelPair), the two before the last a
// label's (textLabelTails). The census asks the label's test of the short
// blocks its tables let through, 2,992 over 100 long wcxb-dev flat pages;
// the last two bytes alone let 408 through to textIsBylineLabel, some 425
// instructions each (its last line, the lower case, the map), most of
// them words ending in "or" or "rs" ("Editor", "Colors") or a colon after
// any ("Share:", "Tags:"). It is asked after the last two bytes' inlined
// test, which turns most blocks away for less (fifty-ninth session;
// TestTextMayBeLabelAlone).
func textMayBeLabelAlone(text string) bool {
	i := len(text)
	for i > 0 && (text[i-1] == ':' || asciiSpace(text[i-1])) {
		i--
	}
	switch {
	case i > 0 && text[i-1] >= utf8.RuneSelf:
		return true // a space beyond ASCII the trim takes, read there
	case i < 2:
		return false // no label is under two bytes
	case i == 2:
		return textMayEndLabelPair(text[:2])
	}
	return textMayEndLabelPair(text[:i]) && textLabelTails.has(uint16(text[i-3])|uint16(text[i-2])<<8)
}

// textLabelTails marks the pairs of bytes, in either case, that stand
// before the last byte of a line whose trimmed, lowered form is one of
// textBylineLabels: a label's own third and second bytes from its end,
// and before a label of two bytes ("by") the byte ahead of the line (a
// line break, or a space the trim takes, ASCII or the last byte of one
// beyond).
var textLabelTails = func() (tails textPairSet) {
	add := func(third, second byte) {
		for _, a := range textBothCases(third) {
			for _, b := range textBothCases(second) {
				k := uint16(a) | uint16(b)<<8
				tails[k>>6] |= 1 << (k & 63)
			}
		}
	}
	for label := range textBylineLabels {
		n := len(label)
		if n > 2 {
			add(label[n-3], label[n-2])
			continue
		}
		for c := range 256 {
			if c >= utf8.RuneSelf || asciiSpace(byte(c)) {
				add(byte(c), label[0])
			}
		}
	}
	return tails
}()

// textBothCases is an ASCII letter in both cases, or another byte alone.
func textBothCases(c byte) []byte {
	if lower := c | 0x20; 'a' <= lower && lower <= 'z' {
		return []byte{lower, lower &^ 0x20}
	}
	return []byte{c}
}
