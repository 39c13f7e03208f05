package extract

import (
	"regexp"
	"strings"
)

// A buying guide sets a shop's offers under each product it recommends:
// the price and the shop, several to a line when the flattening runs them
// together ("$75 at Amazon", "$209 from Walmart", "$200 at Amazon $180 at
// Target View on Williams Sonoma"). On the HTML path they are links and
// leave with them; a flattened page gives only their labels, which are
// short and the block model keeps between the blurbs. The wcxb-dev gold
// bodies leave every such line out: on its flat pages ten articles of
// five publishers rose, no page fell (docs/quality.md, twenty-ninth
// session, "Shops' offers"). A line that names the product first
// ("Espro P7 French Press at Amazon $145") is a round-up's summary of its
// picks, which the gold keeps on three of the four sites that hold one,
// so an offer must open with its price.

// textOfferRE matches a line made only of offers: a price (a sale's two
// prices, "$32 $29"), "at" or "from" and a shop's name of up to three
// words, then more offers or "View on <shop>" buttons.
var textOfferRE = regexp.MustCompile(`(?i)^` + textOfferPrice + `(?:\s*(?:` + textOfferPrice + `|view on\s+\S+(?:\s+\S+){0,2}?))*$`)

// textOfferPrice is one offer: its price or prices, "at" or "from" and the
// shop.
const textOfferPrice = `(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?[$£€])(?:\s+(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?[$£€]))?\s+(?:at|from)\s+\S+(?:\s+\S+){0,2}?`

// textOfferMaxWords is the most words a line of offers has: five offers
// of a price and a two-word shop.
const textOfferMaxWords = 24

// textIsShopOffer reports whether b is only a shop's offers for a product
// (textOfferRE).
func textIsShopOffer(b *textBlock) bool {
	if b.words < 3 || b.words > textOfferMaxWords || b.text == "" {
		return false
	}
	switch c := b.text[0]; {
	case c == '$', c >= '0' && c <= '9', c == 0xC2, c == 0xE2: // $, a figure, £ (C2 A3), € (E2 82 AC)
		return textHoldsCurrency(b.text) && textMayNameOfferShop(b.text) && textOfferRE.MatchString(b.text)
	}
	return false
}

// textMayNameOfferShop reports whether s holds "at" or "from", in some
// case, between two ASCII spaces, as every offer does before its shop
// (textOfferPrice's \s+(?:at|from)\s+; asciiSpace also takes \v, which
// only lets more lines through). On the 54 lines of 100 long wcxb-dev flat
// pages that open with a figure or a currency and hold one, the
// expression, anchored but folding case and backtracking over its lazy
// shop names, took some 6.9 thousand instructions each (0.37 M).
func textMayNameOfferShop(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if !asciiSpace(s[i]) {
			continue
		}
		if textHasFoldedAt(s, i+1, "at") && asciiSpace(s[i+3]) ||
			i+5 < len(s) && textHasFoldedAt(s, i+1, "from") && asciiSpace(s[i+5]) {
			return true
		}
	}
	return false
}

// textHoldsCurrency reports whether s holds "$", "£" or "€", one of which
// every offer's price holds (textOfferPrice): the lines that open with a
// figure are mostly counts, times and dates, and the case-folding
// expression read each of them, some 1.2 M of 100 wcxb-dev flat pages'
// instructions (docs/quality.md, "Text speed, round thirty-six";
// TestTextHoldsCurrencyCoversOfferRE).
func textHoldsCurrency(s string) bool {
	return strings.IndexByte(s, '$') >= 0 || strings.Contains(s, "£") || strings.Contains(s, "€")
}
