package extract

import (
	"slices"
	"testing"
)

func TestTextTitleSectionTail(t *testing.T) {
	const head = "Why the harbour ferries should run all winter"
	menu := []string{"Home", "Opinion", "Letters", "Columnists"}
	body := []string{
		"Every winter the island's ferries stop at dusk, and every winter the same families are cut off from the clinic on the mainland.",
		"The council has the boats and the crews; what it lacks is the will to pay for a second evening crossing.",
	}
	page := func(lines ...string) []textBlock {
		return textNewBlocks(slices.Concat(menu, lines, body)...)
	}
	first := len(menu) + 2 // the body's first block, under the headline and a byline
	for _, c := range []struct {
		name   string
		blocks []textBlock
		title  string
		want   string
	}{
		{"the tail cut", page(head+" | Opinion", "Jane Roe | Guest Columnist"), "", head},
		{"a commentary", page(head+" | Commentary", "Jane Roe"), "", head},
		{"a title given", page(head+" | Opinion", "Jane Roe"), "Letters", "Letters"},
		{"two tailed lines", page(head+" | Opinion", "Ferry fares rise again | Opinion"), "", ""},
		{"a sentence", page("The ferries should run all winter, and the council can pay for it. | Opinion", "Jane Roe"), "", ""},
		{"no tail", page(head, "Jane Roe"), "", ""},
		{"another tail", page(head+" | Harbour Gazette", "Jane Roe"), "", ""},
		{"two lines", page(head+"\nShare | Opinion", "Jane Roe"), "", ""},
	} {
		if got := textTitleSectionTail(c.blocks, c.title, first); got != c.want {
			t.Errorf("%s: textTitleSectionTail gives %q, want %q", c.name, got, c.want)
		}
	}
	// A tailed line far under the body's start is another piece's link.
	far := slices.Concat(menu, body)
	for range textTitleBelow + 1 {
		far = append(far, body[0])
	}
	if got := textTitleSectionTail(textNewBlocks(append(far, head+" | Opinion")...), "", len(menu)); got != "" {
		t.Errorf("a tailed line %d blocks under the body's start: textTitleSectionTail gives %q, want none", textTitleBelow+1, got)
	}
}
