package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestItemNumber(t *testing.T) {
	cases := []struct {
		name, html string
		want       []int // each item's number, 0 for none
	}{
		{"ordered", `<ol><li>Check the tide tables</li><li>Moor at the marina</li></ol>`, []int{1, 2}},
		{"start", `<ol start="4"><li>Book a berth</li><!-- note --><li>Pay the fee</li></ol>`, []int{4, 5}},
		{"unordered", `<ul><li>Keel Street</li><li>Mill Lane</li></ul>`, []int{0, 0}},
		{"paragraphs in items", `<ol><li><p>Check the tide tables</p><p>Pick a morning tide</p></li><li> <p>Moor at the marina</p></li></ol>`, []int{1, 0, 2}},
		{"one numbered in its text", `<ol><li>Book a berth</li><li>2) Pay the fee</li><li>Moor at the marina</li></ol>`, []int{1, 0, 3}},
		{"numbered in its text", `<ol><li>1. Check the tide tables</li><li>2) Moor at the marina</li></ol>`, []int{0, 0}},
	}
	for _, c := range cases {
		root, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		var items itemNumberer
		for _, b := range renderBlocks(root) {
			k, ok := items.number(b)
			if !ok {
				k = 0
			}
			got = append(got, k)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: items %v, want %v", c.name, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: numbers %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// stepsPage is an invented story whose steps are an ordered list and
// whose closures an unordered one.
const stepsPage = `<html><head><title>How to move a boat before the Keel Street works | Harbourton Gazette</title>
</head><body><article>
<h1>How to move a boat before the Keel Street works</h1>
` + harbourWallParas + `<p>The harbour master set out what owners have to do before the work starts:</p>
<ol>
<li>Check the tide tables for a morning high water in the first week of the month.</li>
<li>Book a berth at the marina through the harbour office on Mill Lane.</li>
<li><p>Move the boat on the booked tide with the harbour launch standing by.</p><p>Keep the engine running until the launch has made fast.</p></li>
</ol>
<p>Two roads will close while the boats are moved:</p>
<ul>
<li>Keel Street from the lifeboat station to the fish market.</li>
<li>The car park behind the lifeboat station, for the cranes.</li>
</ul>
<p>The harbour master said owners who cannot be there on the day can leave their keys at the office, and the harbour staff will move the boat for them.</p>
</article></body></html>`

func TestHTMLOrderedItemsNumbered(t *testing.T) {
	checkHTMLBody(t, "steps", stepsPage,
		[]string{"1. Check the tide tables", "2. Book a berth", "3. Move the boat", "- Keel Street from"},
		[]string{"- Check the tide tables", "1. Keel Street", "4. Keep the engine"})
}
