package extract

import (
	"math/bits"
	"strings"
)

// textCreditStops reports whether a credit's tail holds a sentence's end
// or a colon, which tell a sentence or a label's line ("Read more: …")
// from a credit. A full stop with a letter right after it is a
// web address's ("CleverSite.com", "photos.example.org"), which review
// sites credit their own pictures to: "… throughout testing. – Photo
// Credit: Mira Tolland (HarbourGear.com)". Read as a sentence's end, it
// kept such captions in the flat body (docs/quality.md, "Credits naming a
// web address", thirty-sixth session). A colon still refuses the tail,
// so a full address ("https://…") is no credit here.
func textCreditStops(rest string) bool {
	if !strings.ContainsAny(rest, ".!?:") {
		return false
	}
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '!', '?', ':':
			return true
		case '.':
			if i+1 >= len(rest) || !isASCIILetter(rest[i+1]) {
				return true
			}
		}
	}
	return false
}

// textIsGluedCredit reports a picture's caption whose credit
// textIsCaption does not read: a label glued to the caption with no mark
// between ("… in offices and homes Photo Credit: Harbour Energy, Inc.",
// "… just in time for the holidays Credit: Apple": flattening drops the
// line break the page set), a picture word after the word naming which
// picture it is ("Featured Image Credit: Harbour Gear", "Hero image by
// Mira Tolland") and "Image via Mira Tolland." after a sentence. A bare
// "Credit:" glued to a word must be followed by a name (words opening in
// capitals, no figure): "Child Tax Credit: $2,000 a child" is no credit.
func textIsGluedCredit(b *textBlock) bool {
	s := b.text
	end := s[max(len(s)-textCaptionReach, 0):]
	// A block of more than captionMaxWords words has its end searched for
	// a label's capitals first: a shorter one is read for the promo tests'
	// pieces, which the caption's test reads again (textEndHoldsCreditWord),
	// and turned away by the gate it went unread, so the caption's
	// searches without the pieces cost more than the gate spared.
	if b.words > captionMaxWords && !textMayHoldGluedLabel(end) {
		return false
	}
	if !textEndHoldsCreditWord(b, end) || !textMayGlueCredit(end) {
		return false
	}
	at, bare, ok := textGluedCreditAt(end) // text_credits_parse.go
	if !ok || !textIsCreditTail(end[at:]) {
		return false
	}
	if bare { // a bare "Credit:" glued to a word
		return textIsNameTail(end[at:])
	}
	return true
}

// textIsNameTail reports whether rest is a name: one to four words, each
// opening in a capital, none holding a figure.
func textIsNameTail(rest string) bool {
	ws := strings.Fields(strings.TrimRight(strings.TrimSpace(rest), "."))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !opensUpper(w) || textHasDigitByte(w) {
			return false
		}
	}
	return true
}

// textHoldsCreditWord reports whether s holds "redit", "mage", "hoto" or
// "icture", the pieces every glued credit's label holds, as
// strings.Contains of each would, in one pass (textCreditWords, phrases.scan, whose windows of
// four bytes skip over most of prose): strings.Contains sought "redit" by
// its 'r', "mage" by its 'm' and "hoto" by its 'h', common letters, and
// the three searches of every kept block's last textCaptionReach bytes
// cost some 690 instructions a block (5.85 M over the 100 long flat pages
// of BenchmarkTextWCXB, 8,472 blocks; docs/quality.md, thirty-eighth
// session). "icture" came in the fifty-fourth session: textGluedCreditAt
// reads a bare glued "Picture:" label, which holds none of the other three,
// so the gate refused every such line (none of the 435,721 wcxb-dev flat
// lines holds one; docs/quality/text-extraction-4.md).
// TestTextHoldsCreditWordMatchesContains holds it to the four Contains.
func textHoldsCreditWord(s string) bool { return textCreditWords.any(s) }

// textCreditWords matches textHoldsCreditWord's pieces.
var textCreditWords = newPhrases(textCreditWordList)

// textCreditWordList are textHoldsCreditWord's pieces.
var textCreditWordList = []string{"redit", "mage", "hoto", "icture"}

// textGluedLabelCapitals marks, a bit each from 'A', the capitals every
// glued credit's label holds: the "C", "I" and "P" of "Credit", "Image",
// "Photo" and "Picture" glued to a word (textHasGluedLabel) and the
// capitals of the lead words before a lower-case picture word
// (textLeadPictureWords: "Feature", "Hero", "Cover", "Top", "Lead",
// "Main"). An end holding none of them passes textMayGlueCredit by none
// of its ways.
const textGluedLabelCapitals = 1<<('C'-'A') | 1<<('F'-'A') | 1<<('H'-'A') | 1<<('I'-'A') |
	1<<('L'-'A') | 1<<('M'-'A') | 1<<('P'-'A') | 1<<('T'-'A')

// textIsGluedLabelCapital reports whether c is one of
// textGluedLabelCapitals.
func textIsGluedLabelCapital(c byte) bool {
	return c >= 'A' && c <= 'Z' && textGluedLabelCapitals>>(c-'A')&1 != 0
}

// textMayHoldGluedLabel reports whether end holds one of
// textGluedLabelCapitals, textIsGluedCredit's first gate: eight bytes at
// a time, with only the bytes between 'C' and 'T' (the capitals' span)
// looked at one by one. Many of a long block's last textCaptionReach
// bytes hold none (two in three of the 10,098 wcxb-dev flat lines of
// more than captionMaxWords words; half the 8,564 blocks the 100 long
// flat pages of BenchmarkTextWCXB ask), and the search for the credit
// words that came first (textHoldsCreditWord) cost some 440
// instructions a block, 3.45 M over the 7,826 blocks of the same pages
// it read (fifty-sixth session;
// TestTextMayHoldGluedLabelNeeded holds it to textMayGlueCredit,
// TestTextMayGlueCreditMatchesPlain textIsGluedCredit to its plain form).
// A byte's high bit is cleared before the span's test, which wants ASCII
// (inRange8: a stray byte from 0xD5 on carries into the next and hides a
// 'T' after it), and the byte itself is asked again, so a UTF-8 byte the
// clearing brings into the span is no capital.
func textMayHoldGluedLabel(end string) bool {
	i := 0
	for ; i+8 <= len(end); i += 8 {
		for m := inRange8(load8(end, i)&^highs8, 'C', 'T'); m != 0; m &= m - 1 {
			if textIsGluedLabelCapital(end[i+bits.TrailingZeros64(m)>>3]) {
				return true
			}
		}
	}
	for ; i < len(end); i++ {
		if textIsGluedLabelCapital(end[i]) {
			return true
		}
	}
	return false
}
