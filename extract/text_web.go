package extract

import (
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

// textPageWeb is the page's record of feature 34 for the block reader,
// from lows, the bytes of every block's lowered start side by side
// (textLowerPrefixesIn): textWebNone when they hold none of "http",
// "www." and "@", which no block's start can then hold (each is a run of
// those bytes), else textWebUnread, each block searched. 906 of the 1,497
// wcxb-dev flat pages hold none of the three anywhere, and one search of
// the page's starts costs less than the searches' set-up on each block
// (docs/quality/text-extraction.md, text speed, the byline gates and the
// web record, thirty-ninth session; TestTextPageWebMatchesBlocks).
func textPageWeb(lows []byte) textWeb {
	if textLowHoldsWeb(unsafe.String(unsafe.SliceData(lows), len(lows))) {
		return textWebUnread
	}
	return textWebNone
}

// textLowHoldsWeb reports whether low holds "http", "www." or "@": an
// address or a mail in the block's start. "http" and "www." are sought
// by their rarer last bytes, 'p' and '.', where strings.Contains stops at
// every 'h' and 'w' of the prose (TestTextLowHoldsWebMatchesContains).
func textLowHoldsWeb(low string) bool {
	return strings.IndexByte(low, '@') >= 0 || textHoldsAfter(low, "htt", 'p') || textHoldsAfter(low, "www", '.')
}

// textHoldsAfter reports whether s holds before followed by c, seeking c
// and looking at the bytes before each. The byte right before c is read
// first: most of a line's full stops and p's follow no 'w' or 't', and
// comparing the three bytes called the runtime's memequal at each of
// them (26,472 calls, some 1.3 M instructions of the 100 long wcxb-dev
// flat pages' 404.6 M; forty-sixth session,
// docs/quality/text-extraction-2.md). That byte is read through
// phraseByteAt, without a bounds check: i is c's place at or after from,
// which starts at len(before), at least 1, so i-1 lies inside s (the
// compiler cannot bound an index a search returned; forty-eighth session,
// docs/quality/text-extraction-3.md; TestTextLowHoldsWebMatchesContains).
func textHoldsAfter(s, before string, c byte) bool {
	last, at := before[len(before)-1], unsafe.StringData(s)
	for from := len(before); from < len(s); {
		i := strings.IndexByte(s[from:], c)
		if i < 0 {
			return false
		}
		i += from
		if phraseByteAt(at, i-1) == last && s[i-len(before):i] == before {
			return true
		}
		from = i + 1
	}
	return false
}

// textBlockWeb reports whether b's lowered start holds "http", "www." or
// "@", from the reader's record when it made one.
func textBlockWeb(b *textBlock) bool {
	if b.web == textWebUnread {
		return textLowHoldsWeb(b.low)
	}
	return b.web == textWebHeld
}
