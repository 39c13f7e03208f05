package extract

import "testing"

// TestTextShopOfferLeftOut checks that textLeaveOut (textIsShopOffer)
// takes a buying guide's offers out of its kept lines: a price at a shop,
// a price from a shop, a sale's two prices, several offers run together
// and offers followed by "View on" buttons. The summary of picks that
// names each product before its shop and price, a sentence that states a
// price at a shop, a price alone and a line that only opens with an offer
// stay.
func TestTextShopOfferLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Best Kettles for the Ferry Galley", false},
		{"We boiled water on the crossing for a month, in calm weather and in the winter swell, and timed every kettle.", false},
		{"Keelson Gooseneck Kettle at Amazon $35", false},
		{"Quayside Steel Kettle at Amazon $58", false},
		{"1. Keelson Gooseneck Kettle", false},
		{"It pours in a thin, steady stream even when the boat rolls, and the handle stays cool.", false},
		{"$35 at Amazon", true},
		{"$32 $29 at Amazon", true},
		{"$200 at Amazon $180 at Harbour Supply View on Williams Sonoma", true},
		{"2. Quayside Steel Kettle", false},
		{"Heavier than the rest, but it kept its heat through the whole of the crossing.", false},
		{"$58 from Amazon", true},
		{"£49.99 at Harbour Supply£52 at Argos", true},
		{"$1,599.00 from Lowe's", true},
		{"$58 at Amazon, down from $70 last spring, which is the lowest price we have seen.", false},
		{"$58", false},
		{"$58 at Amazon is a fair price for a kettle that survived the winter crossings on the galley stove", false},
	})
}
