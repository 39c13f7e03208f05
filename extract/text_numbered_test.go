package extract

import "testing"

// TestTextKeepNumberedItems checks which numbered items the block model
// dropped come back after the item before them, and with which lines.
func TestTextKeepNumberedItems(t *testing.T) {
	chandlery := "The chandlery on Keel Street has sold rope and tar to the ferry crews since the quay opened."
	supplies := "Harbour Supplies keeps the longest hours on the front and opens on Sunday mornings in summer."
	ropes := "Quay Lane Ropes splices every line by hand, which the skippers say is worth the wait."
	loft := "The Net Loft mends what the others sell and charges by the metre of net it mends."
	promo := "The Harbourton Post's weekly letter brings the tides and the ferry times to your inbox."
	tests := []keepRuleCase{
		{"a round-up's items after a box of other posts",
			[]string{"1. Keel Street Chandlery", chandlery, "2. Harbour Supplies", supplies, "Featured articles",
				"3. Quay Lane Ropes", "Features:", ropes, "4. The Net Loft", loft},
			[]bool{true, true, true, true, false, false, false, false, false, false},
			[]bool{true, true, true, true, false, true, true, true, true, false}},
		{"a contents list's entries",
			[]string{"In this guide", "1. Keel Street Chandlery", "2. Harbour Supplies", "3. Quay Lane Ropes", chandlery},
			[]bool{false, true, true, false, true},
			[]bool{false, true, true, false, true}},
		{"an item that does not follow",
			[]string{"1. Keel Street Chandlery", chandlery, "3. Quay Lane Ropes", ropes},
			[]bool{true, true, false, false},
			[]bool{true, true, false, false}},
		{"a reference list",
			[]string{"1. Keel Street Chandlery", chandlery, "2. Harbour Trust (2021). Ferry figures", supplies},
			[]bool{true, true, false, false},
			[]bool{true, true, false, false}},
		{"a section with a promo stated twice",
			[]string{"1. Keel Street Chandlery", chandlery, promo, "2. Harbour Supplies", supplies, promo, "3. Quay Lane Ropes", ropes},
			[]bool{true, true, false, false, false, false, false, false},
			[]bool{true, true, false, true, false, false, true, false}},
		{"a button in an item's section",
			[]string{"1. Keel Street Chandlery", chandlery, "2. Harbour Supplies", supplies, "Shop now", "3. Quay Lane Ropes", ropes},
			[]bool{true, true, false, false, false, false, true},
			[]bool{true, true, true, true, false, true, true}},
	}
	for _, tt := range tests {
		checkKeepRule(t, tt.name, tt.lines, tt.keep, tt.want, textKeepNumberedItems)
	}
}
