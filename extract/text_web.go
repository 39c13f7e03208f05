package extract

import (
	"slices"
	"strings"
	"unsafe"
)

// textWeb records whether a block's lowered start holds "http", "www."
// or "@", the block model's feature 34, which the model asked the block's
// start for at every question: some 29,000 questions on 100 wcxb-dev flat
// pages, at about 350 instructions for the three searches, where the
// block reader reads some 21,000 blocks (a repeated line is its first's
// copy, docs/quality.md, text speed, round forty-four). The block reader
// records it once a block; a block built otherwise (the tests' literals)
// is textWebUnread and searched when asked.
type textWeb uint8

const (
	textWebUnread textWeb = iota // not recorded: search low when asked
	textWebNone                  // low holds none of the three
	textWebHeld                  // low holds one of them
)

// textWebOf records whether low holds "http", "www." or "@".
func textWebOf(low string) textWeb {
	if textLowHoldsWeb(low) {
		return textWebHeld
	}
	return textWebNone
}

// textWebHits appends to hits the span of every "@", "http" and "www."
// in lows, the bytes of every block's lowered start side by side
// (textLowerPrefixesIn), each as its start<<32 | its end, in order: the
// page's record of feature 34 for the block reader (textRecordWeb), one
// search of the page's starts. 967 of the 1,497 wcxb-dev flat pages hold
// none of the three anywhere, and their blocks are then asked nothing
// (docs/quality/text-extraction.md, text speed, the byline gates and the
// web record, thirty-ninth session). The page's search stopped at its
// first hit, and each block of a page with one was searched again, its
// three searches restarting at every 'p' and '.' of its prose: 2.11 M of
// 100 long wcxb-dev flat pages' 370.7 M instructions for the 7,164 blocks
// so searched, on 15 of the 50 pages, where 24 blocks hold one. The whole
// page's starts are now searched on those 15 too, each span kept, and no
// block again (fifty-first session, docs/quality/text-extraction-3.md;
// TestTextPageWebMatchesBlocks, TestTextWebRecordMatchesPages).
func textWebHits(lows []byte, hits []uint64) []uint64 {
	s := unsafe.String(unsafe.SliceData(lows), len(lows))
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '@')
		if k < 0 {
			break
		}
		i += k
		hits = append(hits, textWebSpan(i, i+1))
	}
	hits = textAppendAfter(hits, s, "htt", 'p')
	hits = textAppendAfter(hits, s, "www", '.')
	if len(hits) > 1 {
		slices.Sort(hits)
	}
	return hits
}

// textAppendAfter appends to hits the span of every before followed by c
// in s (textIndexAfter): no two overlap, as no before ends in c.
func textAppendAfter(hits []uint64, s, before string, c byte) []uint64 {
	for i := len(before); ; i++ {
		if i = textIndexAfter(s, before, c, i); i < 0 {
			return hits
		}
		hits = append(hits, textWebSpan(i-len(before), i+1))
	}
}

// textWebSpan is the span [start, end) as textWebHits records it.
func textWebSpan(start, end int) uint64 { return uint64(start)<<32 | uint64(end) }

// textRecordWeb records, in the page's blocks read as holding none
// (textSplitBlocksIn), those whose lowered start holds a span of hits
// (textWebHits over lows, which holds the first blocks' starts in their
// order) and their copies (firsts, textFirstsIn), with the address the
// reader takes from such a block (textReadBlockInto). A span that starts
// in one block and ends past it (a "ht" at a start's end and a "tp" at
// the next's) is in neither block's start, as a block's own search
// finds. Done after the reader, as a pass over a page with spans only:
// the spans kept through the reader's loop cost it some 0.3 M of 100
// long wcxb-dev flat pages' 370 M instructions.
func textRecordWeb(blocks []textBlock, firsts []int, lows []byte, hits []uint64) {
	for i := range blocks {
		b := &blocks[i]
		if f := firsts[i]; f < i {
			b.web, b.url = blocks[f].web, blocks[f].url
			continue
		}
		// the spans that start before b's start were the blocks' before
		end := int(uintptr(unsafe.Pointer(unsafe.StringData(b.low)))-uintptr(unsafe.Pointer(unsafe.SliceData(lows)))) + len(b.low)
		for ; len(hits) > 0 && int(hits[0]>>32) < end; hits = hits[1:] {
			if int(uint32(hits[0])) <= end && b.web != textWebHeld {
				b.web, b.url = textWebHeld, textBlockURL(b.text)
			}
		}
	}
}

// textLowHoldsWeb reports whether low holds "http", "www." or "@": an
// address or a mail in the block's start. "http" and "www." are sought
// by their rarer last bytes, 'p' and '.', where strings.Contains stops at
// every 'h' and 'w' of the prose (TestTextLowHoldsWebMatchesContains).
func textLowHoldsWeb(low string) bool {
	return strings.IndexByte(low, '@') >= 0 || textHoldsAfter(low, "htt", 'p') || textHoldsAfter(low, "www", '.')
}

// textHoldsAfter reports whether s holds before followed by c, seeking c
// with the byte before it (textIndexAfter) and comparing the rest of
// before at each such pair. Seeking c alone and reading the byte before
// each (forty-sixth and forty-eighth sessions,
// docs/quality/text-extraction-2.md and -3.md) restarted the search at
// every 'p' and full stop (TestTextLowHoldsWebMatchesContains).
func textHoldsAfter(s, before string, c byte) bool {
	return textIndexAfter(s, before, c, len(before)) >= 0
}

// textIndexAfter is the index of the first c at or after from in s that
// follows before, or -1, as textHoldsAfter seeks it; from is at least
// len(before), so that i-len(before) lies inside s. c is sought with the
// byte before it (textIndexPair): "tp" and "w." are rare where 'p' and
// '.' are not, and the search for c alone restarted at each of them, the
// 21,600 p's and 5,900 full stops of 100 long wcxb-dev flat pages'
// lowered starts (fifty-seventh session; TestTextLowHoldsWebMatchesContains,
// TestTextPageWebMatchesBlocks).
func textIndexAfter(s, before string, c byte, from int) int {
	last := before[len(before)-1]
	for from < len(s) {
		i := textIndexPair(s[from-1:], last, c)
		if i < 0 {
			return -1
		}
		i += from - 1
		if s[i-len(before):i] == before {
			return i
		}
		from = i + 1
	}
	return -1
}

// textBlockWeb reports whether b's lowered start holds "http", "www." or
// "@", from the reader's record when it made one.
func textBlockWeb(b *textBlock) bool {
	if b.web == textWebUnread {
		return textLowHoldsWeb(b.low)
	}
	return b.web == textWebHeld
}
