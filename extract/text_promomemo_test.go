package extract

import (
	"math/bits"
	"testing"
)

// TestTextPromoMemoMatchesPlain holds the three tests that read a
// block's promo pieces once (textEndHoldsCreditWord, then
// textCaptionPlain's "courtesy" gate and textIsPromoLine, asked of the
// same block as textLeaveOut and textLeaveOutPromos ask them) to their
// forms on a fresh block, which search the line themselves (the glued
// credit's is textIsGluedCreditPlain, text_creditgate_test.go): the test
// pages' lines and 60,000 lines of up to 30 pieces of credits, captions,
// pitches and prose, so that a credit word stands in a long line's tail,
// before it or nowhere ("Picture:", glued, is a credit's label whose
// "icture" the gate seeks since the fifty-fourth session). It fails
// with the tail not searched when the line holds a credit word before
// it, with the caption's "by " left unsought when the line holds no
// "courtesy", and with the newsletter's pieces dropped from the kept set
// (each tried).
func TestTextPromoMemoMatchesPlain(t *testing.T) {
	lines := append([]string(nil), textSpeedLines(t)...)
	rng := fastRand(183, 54)
	pieces := []string{"Photo", "photo", "Image", "image", "Credit:", "credit", "Photo Credit:", "Featured Image Credit:",
		"Image via", "Getty Images", "© 2025", "/", " | ", ":", "by", "By", "Photo by", "Courtesy", "courtesy of",
		"COURTESY", "newsletter", "inbox", "email", "Subscribers", "the", "harbour", "at dawn", "Mira Tolland",
		"Harbour Board", "damage", "tax credit", "shot", ".", ",", "and a long line of prose about the quay",
		"the boats at dawn Picture: Mira Tolland", "Sign up", "for our newsletter", "subscribe", "join", "our", "Picture", "and a longer line of prose about the harbour and its old quay"}
	lines = fastPieceLines(lines, rng, pieces, 60000, 1, 30)
	memo, skipped := 0, 0
	for _, s := range lines {
		b, fresh := textNewBlock(s), textNewBlock(s)
		if got, want := textIsGluedCredit(&b), textIsGluedCreditPlain(&fresh); got != want {
			t.Fatalf("textIsGluedCredit(%q) = %v, the plain form %v", s, got, want)
		}
		if !textMayCaptionBy(&b) {
			skipped++
		}
		if got, want := textCaptionPlain(&b), textCaptionPlain(&fresh); got != want {
			t.Fatalf("textCaptionPlain(%q) = %v after the promo pieces, %v before", s, got, want)
		}
		if b.words <= captionMaxWords {
			if got, want := textIsPromoLine(&b), textIsPromoLinePlain(&fresh); got != want {
				t.Fatalf("textIsPromoLine(%q) = %v after the promo pieces, the plain form %v", s, got, want)
			}
		}
		memo += textBool(b.promoed)
	}
	if memo < len(lines)/2 || skipped < len(lines)/10 {
		t.Errorf("%d of %d lines kept their pieces, %d skipped the caption's search: the lines test too little", memo, len(lines), skipped)
	}
}

// TestTextPromoCreditBits asks textPromoCreditBits for each credit word,
// each a piece of textPromoLists, and the memo to fit textBlock.promo.
func TestTextPromoCreditBits(t *testing.T) {
	if !textPromoMemoFits {
		t.Fatalf("textPromoLists hold %d pieces, more than textBlock.promo's 32 bits", textPromoPieceCount())
	}
	if n := bits.OnesCount64(textPromoCreditBits); n != len(textCreditWordList) {
		t.Fatalf("textPromoCreditBits holds %d pieces, want the %d credit words", n, len(textCreditWordList))
	}
	for _, w := range textCreditWordList {
		b := textNewBlock("a line with " + w + " in it")
		if textPromoPiecesOf(&b)&textPromoCreditBits == 0 {
			t.Errorf("the promo pieces of %q hold no credit word", b.text)
		}
	}
}
