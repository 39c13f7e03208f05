package extract

import (
	"slices"
	"testing"
)

// TestTextMayHoldPriceCoversRE holds the price gate that asks for a
// digit the block reader counted (textMayHoldPrice) to the plain form,
// the currency sign's search alone: on the speed tests' lines and on
// lines of textPriceRE's pieces, each block's prices count the same.
// Prices of one digit must turn up, where a gate asking for more than
// one digit would lose them.
func TestTextMayHoldPriceCoversRE(t *testing.T) {
	lines := append(slices.Clip(textSpeedLines(t)), "$5", "5 USD", "£ 3 off", "€9", "9€", "Free", "$", "USD 5")
	pieces := []string{"$", "€", "£", "5", "0", "١", " ", "\n", "USD", "EUR", "x", "_", "é", "-", "the ", "price "}
	lines = fastPieceLines(lines, fastRand(64, 5), pieces, 50000, 1, 8)
	oneDigit := 0
	for _, s := range lines {
		b := textNewBlock(s)
		want := 0
		if b.words <= textPriceMaxWords && textHasCurrency(s) {
			want = textCountPrices(s)
		}
		got := 0
		if textMayHoldPrice(&b) {
			got = textCountPrices(s)
		}
		if got != want {
			t.Fatalf("%q (%d digits): prices %d behind the digit gate, %d without it", s, b.digits, got, want)
		}
		if want > 0 && b.digits == 1 {
			oneDigit++
		}
	}
	if oneDigit == 0 {
		t.Fatal("no price of one digit: the test reads too few")
	}
}
