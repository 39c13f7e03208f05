package extract

import "testing"

// TestTextPromoBlockKeepsListItems holds the promo tests that refuse a
// list item (a stock credit, a price button, a newsletter pitch) to that
// refusal on the flat path, where textIsPromoLine makes the block they
// read (textPromoBlock) only when a line reaches one of them: each line
// is taken alone and left as an item of a list ("- ", "• ", "2. ").
func TestTextPromoBlockKeepsListItems(t *testing.T) {
	for _, s := range []string{
		"Jane Roe/Getty Images",
		"Check Price on Amazon",
		"Love the coast? Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news from Keel Street.",
	} {
		if b := textNewBlock(s); !textIsPromo(&b) {
			t.Errorf("%q: not taken as a promo line", s)
		}
		for _, mark := range []string{"- ", "• ", "2. "} {
			if b := textNewBlock(mark + s); textIsPromo(&b) {
				t.Errorf("%q: a list item taken as a promo line", mark+s)
			}
		}
	}
}
