package extract

import "strings"

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
