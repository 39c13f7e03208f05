package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

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

// roundUpPage is an invented flattened round-up whose items after the
// first two stand under a box of other posts and a sign-up inside the
// article, as a template sets them.
const roundUpPage = `Harbourton Guides
Home
Guides
Shops
Contact
The Five Best Chandleries on the Harbourton Front
By Mira Tolland
March 3, 2026
Every skipper on the coast has an opinion about where to buy rope, and most of them are wrong. We spent a month on the front, bought the same list at every shop and asked the ferry crews where they go.
Here are the five we would send a friend to, in order.
1. Keel Street Chandlery
The chandlery on Keel Street has sold rope and tar to the ferry crews since the quay opened, and the staff can still splice a line while you wait.
Prices are the front's fairest, and the back room holds the widest stock of shackles we found anywhere on the coast.
2. Harbour Supplies
Harbour Supplies keeps the longest hours on the front and opens on Sunday mornings in summer, which the weekend sailors love.
Its stock is smaller than Keel Street's, but what it has is good, and it will order anything by the next tide.
Join our email list today!
Subscribe
Featured articles
How the Keel Street ferry doubled its crossings
The harbour wall: what the survey found
Ten walks around the old harbour
Related Posts
3. Quay Lane Ropes
Quay Lane Ropes splices every line by hand, which the skippers say is worth the wait and the higher price.
The shop is small and often shut at lunch, so ring ahead before you walk down the lane.
4. The Net Loft
The Net Loft mends what the others sell and charges by the metre of net it mends, with a fair price for the fishing boats.
It also sells second-hand gear from boats that have been laid up, some of it almost new.
5. Mill Lane Marine
Mill Lane Marine is the newest shop on the front and the only one with a workshop for outboard engines.
Its owner worked on the ferries for twenty years and knows every engine on them.
Related stories
The harbour wall to be rebuilt in two stages
Ferry fares to rise in April
© 2026 Harbourton Guides
`

// TestExtractKeepsNumberedItemsAfterBox runs roundUpPage through the
// text path: the block model drops everything after the box, and the
// items after it come back with their sections (the last item's heading
// alone: no item after it closes its section); the box stays out.
func TestExtractKeepsNumberedItemsAfterBox(t *testing.T) {
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "round-up", URL: "https://harbourton.example/guides/best-chandleries",
		Format: news.FormatText, Content: []byte(roundUpPage)})
	if err != nil {
		t.Fatal(err)
	}
	for _, kept := range []string{"3. Quay Lane Ropes", "ring ahead before you walk down the lane", "4. The Net Loft", "5. Mill Lane Marine"} {
		if !strings.Contains(a.Body, kept) {
			t.Errorf("body lost %q:\n%s", kept, a.Body)
		}
	}
	for _, gone := range []string{"Join our email list", "Featured articles", "Ten walks around the old harbour", "Related Posts"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body keeps the box's %q:\n%s", gone, a.Body)
		}
	}
}

// textItemNumberPlain is textItemNumber without its inlined gate on the
// opening digit.
func textItemNumberPlain(b *textBlock) int {
	s := b.text
	if b.words > textItemMaxWords || len(s) < 4 {
		return 0
	}
	n, i := textLeadNumber(s, 2)
	if i < 0 || i+1 >= len(s) || s[i+1] != ' ' || strings.Contains(s[i+2:], ". ") {
		return 0
	}
	return n
}

// TestTextItemNumberMatchesPlain holds textItemNumber, which turns away a
// line opening with no digit before its call, to its plain form over
// random lines of digits, marks and words.
func TestTextItemNumberMatchesPlain(t *testing.T) {
	pieces := []string{"0", "1", "4", "9", "12", "123", ".", ")", " ", ". ", "/", ":", "Xero", "wave", "Future Work",
		"(2021)", "é", "\xff", "-", "—"}
	rng := fastRand(56, 20701)
	lines := fastPieceLines([]string{"4. Xero", "12. Future Work", "5) Moxie", "3. Society (2021). Key Statistics", "9. Wave"},
		rng, pieces, 100000, 1, 8)
	items := 0
	for _, line := range lines {
		for _, b := range textSplitBlocks(line) {
			got, want := textItemNumber(&b), textItemNumberPlain(&b)
			if got != want {
				t.Fatalf("textItemNumber(%q) = %d, the plain form %d", b.text, got, want)
			}
			items += textBool(got > 0)
		}
	}
	if items < 500 {
		t.Fatalf("%d lines read as items: the lines miss the headings", items)
	}
}
