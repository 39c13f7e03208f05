package extract

import (
	"testing"
)

// TestTextHoldsCurrencyCoversOfferRE checks that textHoldsCurrency turns
// away no line textOfferRE matches and that textIsShopOffer answers as the
// expression alone does, on invented offer lines (each currency, before
// and after the figure, in capitals) and 50,000 random lines of offer
// pieces, figures without a currency and every space the expression's \s
// takes among them; offers must turn up. textMayNameOfferShop, the test
// of the shop's "at" or "from", must take every line the expression does.
func TestTextHoldsCurrencyCoversOfferRE(t *testing.T) {
	lines := []string{
		"$75 at Amazon", "£75 at Argos", "75€ from Fnac", "€ 75 AT Fnac", "$32 $29 from Walmart View on Target",
		"75 at Amazon", "2 cups of flour at most", "10 from 12", "12 € at Shop", "£5 FROM Tesco view on Boots",
	}
	pieces := []string{"$", "£", "€", "75", "1,299.99", " ", "  ", "\t", "\n", "\f", "\r", "at", "AT", "from", "From", " at ", " from ", "\tfrom\r",
		"Amazon", "Best Buy", "View on", "view on", "cups", "¢", "¥", "é", "\u00a0"}
	rng := fastRand(36, 45)
	lines = fastPieceLines(lines, rng, pieces, 50_000, 0, 14)
	// Offer lines: a figure and a currency either side, a shop, and more.
	cur := []string{"$", "£", "€", "¢", ""}
	for range 20_000 {
		c, n := cur[rng.IntN(len(cur))], []string{"5", "1,299", "12.50"}[rng.IntN(3)]
		price := c + n
		if rng.IntN(2) == 0 {
			price = n + []string{"", " "}[rng.IntN(2)] + c
		}
		line := price + " " + []string{"at", "from", "AT", "via"}[rng.IntN(4)] + " " + []string{"Amazon", "Best Buy", "REI Co op"}[rng.IntN(3)]
		if rng.IntN(3) == 0 {
			line += " View on Target"
		}
		lines = append(lines, line)
	}
	offers := 0
	for _, s := range lines {
		want := textOfferRE.MatchString(s)
		if want && !textHoldsCurrency(s) {
			t.Fatalf("textHoldsCurrency(%q) = false, and textOfferRE matches", s)
		}
		if want && !textMayNameOfferShop(s) {
			t.Fatalf("textMayNameOfferShop(%q) = false, and textOfferRE matches", s)
		}
		b := textNewBlock(s)
		plain := b.words >= 3 && b.words <= textOfferMaxWords && s != "" && want && textOpensOffer(s[0])
		if got := textIsShopOffer(&b); got != plain {
			t.Fatalf("textIsShopOffer(%q) = %v, the expression %v", s, got, plain)
		}
		if want {
			offers++
		}
	}
	if offers < 1000 {
		t.Fatalf("%d offer lines of %d: too few to test the gate", offers, len(lines))
	}
}

// textOpensOffer is textIsShopOffer's test of a line's first byte.
func textOpensOffer(c byte) bool {
	return c == '$' || c >= '0' && c <= '9' || c == 0xC2 || c == 0xE2
}
