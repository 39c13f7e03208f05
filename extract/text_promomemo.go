package extract

import "slices"

// textEndHoldsCreditWord is textHoldsCreditWord(end), end being b's last
// textCaptionReach bytes (textIsGluedCredit). A line that is all end and
// has no more words than the promo tests read (captionMaxWords) is read
// for all of textPromoPieces instead, which hold the four credit words,
// and the pieces it holds are kept on the block: textLeaveOutPromos asks
// textIsPromoLine of the same kept line, which read it for them again
// (textPromoSeen). The two scans cost alike a byte: on the 100 long
// wcxb-dev flat pages of BenchmarkTextWCXB the promo test's pieces fell
// from 3.62 M instructions to 0.31 M and the glued credit's scan rose
// from some 1.85 M to 3.89 M (Extract 330.28 -> 328.74 M with
// textMayCaptionBy; fifty-fourth session,
// docs/quality/text-extraction-4.md). TestTextPromoMemoMatchesPlain holds
// both tests to their forms without the memo.
func textEndHoldsCreditWord(b *textBlock, end string) bool {
	if b.words > captionMaxWords || !textPromoMemoFits {
		return textHoldsCreditWord(end)
	}
	if textPromoPiecesOf(b)&textPromoCreditBits == 0 {
		return false // the end is part of the line
	}
	return len(end) == len(b.text) || textHoldsCreditWord(end)
}

// textPromoPiecesOf is the set of textPromoPieces b's text holds, read
// once and kept on the block (textBlock.promo).
func textPromoPiecesOf(b *textBlock) uint64 {
	if !b.promoed {
		b.promo, b.promoed = uint32(textPromoPieces.scan(b.text, 0)), true
	}
	return uint64(b.promo)
}

// textPromoSeenOf is the pieces' set for textIsPromoLine's tests of b:
// already read when a step kept them on the block.
func textPromoSeenOf(b *textBlock) textPromoSeen {
	if b.promoed {
		return textPromoSeen{s: b.text, seen: uint64(b.promo), read: true}
	}
	return textPromoSeen{s: b.text}
}

// textPromoMemoFits reports whether textPromoPieces' set fits the
// block's 32 bits (textBlock.promo); with more pieces the memo is not
// kept and the credit words are sought alone.
var textPromoMemoFits = textPromoPieceCount() <= 32

// textPromoCreditBits is the set of textPromoPieces that are the credit
// words (textCreditWordList), as phrases.scan reports them.
var textPromoCreditBits = textPromoBitsOf(textCreditWordList)

// textPromoPieceCount is how many pieces textPromoLists hold.
func textPromoPieceCount() int {
	n := 0
	for _, l := range textPromoLists {
		n += len(l)
	}
	return n
}

// textPromoBitsOf is the set of textPromoPieces' indexes (newPhraseGroups'
// order) of the pieces in words; a word no list holds sets no bit
// (TestTextPromoCreditBits asks for every credit word).
func textPromoBitsOf(words []string) uint64 {
	var set uint64
	i := 0
	for _, l := range textPromoLists {
		for _, p := range l {
			if slices.Contains(words, p) {
				set |= 1 << i
			}
			i++
		}
	}
	return set
}

// textMayCaptionBy reports whether textCaptionBy may hold for b: a credit
// after "by " needs " by" in the line (textBlock.by), and one after
// "courtesy " the piece "ourtesy", which a line whose promo pieces were
// read (textPromoPiecesOf) shows without the tail's search for its y's
// (textCaptionByWords).
func textMayCaptionBy(b *textBlock) bool {
	return b.by || !b.promoed || uint64(b.promo)&textPromoGroups[textPromoCourtesy] != 0
}
