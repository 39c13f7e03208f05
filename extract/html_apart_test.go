package extract

import (
	"strings"
	"testing"
)

// apartBody is an invented stated article of five paragraphs, the
// model's odds high, its blocks at page indexes 10.. of a page of 40,
// then closing.
func apartBody(closing string, odds float64, at int) []block {
	para := strings.Repeat("The council in Harbourton voted to repair the Keel Street bridge before winter, and engineers said the crossing would reopen to buses in March. ", 4)
	var bs []block
	for i := range 5 {
		bs = append(bs, block{text: para, odds: 3, at: 10 + i})
	}
	return append(bs, block{text: closing, odds: odds, at: at})
}

func TestDropApartTail(t *testing.T) {
	pitch := "Mill Lane Media delivers trusted newsletters, podcasts and events for growing companies everywhere. Subscribe today."
	echo := "Maren Solberg said the council hopes the bridge will reopen to buses in March, before the engineers start on the quay."
	for _, tc := range []struct {
		name    string
		closing string
		odds    float64
		at      int
		pageLen int
		want    int
	}{
		{"a site's pitch the model keeps barely goes", pitch, 0.5, 15, 40, 5},
		{"kept surely, it stays", pitch, 2, 15, 40, 6},
		{"words the article used stay", echo, 0.5, 15, 40, 6},
		{"a candidate's block stays", pitch, 0, 0, 40, 6},
		{"the page ends under the body: no template, it stays", pitch, 0.5, 38, 40, 6},
	} {
		got := dropApartTail(apartBody(tc.closing, tc.odds, tc.at), tc.pageLen)
		if len(got) != tc.want {
			t.Errorf("%s: %d blocks left, want %d", tc.name, len(got), tc.want)
		}
	}
}
