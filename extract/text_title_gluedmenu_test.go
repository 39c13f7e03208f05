package extract

import "testing"

// TestTextIsGluedMenu: menu entries run together twice are a glued menu;
// a brand's capitals inside one word, one join, or spaced entries are not.
func TestTextIsGluedMenu(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"For organizationsLog inFind a therapist", true},
		{"Privacy PolicyTerms of UseCookie Policy", true},
		{"Remote jobs in the United StatesRemote jobs in CanadaRemote jobs in Mexico", true},
		{"Why You Should NOT Book flights with Booking.com or GoToGate.com", false},
		{"ASUS ROG Strix GeForce RTX 4080 SUPER White Edition", false},
		{"OnePageCRM | CRM Software for Small Business", false},
		{"Privacy Policy Terms of Use Cookie Policy", false},
		{"HomeCybersecurity Best Practices", false},
	} {
		if got := textIsGluedMenu(textNewBlocks(c.line), 0); got != c.want {
			t.Errorf("textIsGluedMenu(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestTextTitleNotGluedMenu: a glued menu taken gives way to the best
// other candidate that clears its bar; any other line taken stays.
func TestTextTitleNotGluedMenu(t *testing.T) {
	blocks := textNewBlocks("Privacy PolicyTerms of UseCookie Policy", "Lodge 12 Inch Cast Iron Skillet",
		"Preseasoned and ready to use, this skillet holds heat evenly for searing, baking and frying.")
	tc := textTwoTitleCands(blocks, 1)
	if got := textTitleNotGluedMenu(tc, 0); got != 1 {
		t.Errorf("menu taken: textTitleNotGluedMenu = %d, want 1", got)
	}
	if got := textTitleNotGluedMenu(tc, 1); got != 1 {
		t.Errorf("headline taken: textTitleNotGluedMenu = %d, want 1", got)
	}
}
