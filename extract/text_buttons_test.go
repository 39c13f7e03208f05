package extract

import "testing"

// TestTextButtonLeftOut checks that textLeaveOut (textIsButton) takes the
// labels of a buying guide's buttons out of its kept lines, arrows and
// stars and all: the buttons to each product's review, the calls to act,
// the shop's and the comment thread's controls, a player's and an
// advertisement's labels and the search box's label under the guide. The writer's own pointers
// that end like a sentence, buttons of other verbs and lines that only
// open with a label's words stay.
func TestTextButtonLeftOut(t *testing.T) {
	checkLeftOut(t, []leftOutLine{
		{"The Best Deck Boots of 2026", false},
		{"We wore nine pairs of deck boots on the ferry's car deck through a wet month and counted the slips.", false},
		{"1. Keelson Harbour Boot", false},
		{"A grippy sole and a soft collar make this the boot the crew reached for first.", false},
		{"Read Full Review", true},
		{"Shop Now ›", true},
		{"2. Quayside Low", false},
		{"Light and quick to pull on, though the lining wears through by spring.", false},
		{"Read Review!", true},
		{"Read the entire review →", true},
		{"★★★★ Read Reviews", true},
		{"Read our full review.", false},
		{"See review", false},
		{"Read reviews of the Quayside Low before you buy", false},
		{"Read the fine print", false},
		{"Reviews", false},
		{"Learn more", true},
		{"Learn more.", false},
		{"Learn more about how we test boots", false},
		{"Start Your Free Trial", true},
		{"Get started with a pair that fits", false},
		{"Search", true},
		{"Search for:", true},
		{"Search engines and deck boots", false},
		{"Add to Cart", true},
		{"Reply", true},
		{"Sorted by:", true},
		{"Reply to the harbour board's letter", false},
		{"▶ Play Video", true},
		{"Sponsor Message", true},
		{"Play the long game with leather", false},
	})
}
