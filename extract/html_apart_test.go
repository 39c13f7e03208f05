package extract

import (
	"strings"
	"testing"
)

// apartModel is a block model whose log-odds are a block's first
// feature.
func apartModel() htmlModel {
	var w [htmlNumFeatures]float64
	w[0] = 2 // the regression's half of the mean; no trees
	return htmlModel{weights: &w}
}

// apartFeats returns features the apartModel scores at odds.
func apartFeats(odds float64) *[htmlNumFeatures]float64 {
	var f [htmlNumFeatures]float64
	f[0] = odds
	return &f
}

// apartBody is an invented stated article of five paragraphs the model
// keeps surely, its blocks at page indexes 10.. of a page of 40, then
// closing (at 0: a candidate's block, without features).
func apartBody(closing string, odds float64, at int) []block {
	para := strings.Repeat("The council in Harbourton voted to repair the Keel Street bridge before winter, and engineers said the crossing would reopen to buses in March. ", 4)
	var bs []block
	for i := range 5 {
		bs = append(bs, block{text: para, feats: apartFeats(3), at: 10 + i})
	}
	last := block{text: closing, at: at}
	if at > 0 {
		last.feats = apartFeats(odds)
	}
	return append(bs, last)
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
		got := dropApartTail(apartBody(tc.closing, tc.odds, tc.at), tc.pageLen, apartModel())
		if len(got) != tc.want {
			t.Errorf("%s: %d blocks left, want %d", tc.name, len(got), tc.want)
		}
	}
}
