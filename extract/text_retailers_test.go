package extract

import "testing"

// TestTextRetailerLinkLeftOut checks that textLeaveOut (textIsRetailerLink)
// takes the labels of links to shops out of a buying guide's kept lines:
// a price to see at a shop, to check on one, a comparison of prices from
// one and a book to read on one. A sentence that opens the same way, a
// label naming no shop ("See price in the table", "Read on to the end")
// and "Buy on <shop>" stay.
func TestTextRetailerLinkLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Best Lanterns for the Ferry Deck", false},
		{"We hung every lantern on the crossing for a month, in calm weather and in the winter swell, and timed their batteries.", false},
		{"1. Keelson Folding Lantern", false},
		{"It throws a wide, even light across the deck and folds flat into a coat pocket.", false},
		{"See price at Amazon", true},
		{"Check the latest price on Harbour Supply", true},
		{"Price comparison from Backmarket", true},
		{"2. Quayside Storm Lantern", false},
		{"Heavier than the rest, but it stayed lit through the whole of the crossing.", false},
		{"Read on Amazon", true},
		{"See price in the table", false},
		{"Read on to the end", false},
		{"Buy on Harbour Supply", false},
		{"See price at Amazon for the lantern we liked best on the crossing, which ran all night.", false},
	})
}
