package extract

import "testing"

// TestTextTitleHeadOverTwinDek: without a URL, a line taken right over
// the body that restates the headline over it in other words (two stems
// shared, the headline scoring under it by less than textTwinDekGap)
// gives way to the headline. A URL, a line between the dek and the body,
// a headline scoring textTwinDekGap or more under or over it, a shorter
// line over it, a sentence over it, a trail over it, a line over it
// holding every word of the dek, one sharing a single stem, a dek
// written "Topic: Part" and a line over it that is no candidate leave
// the line taken.
func TestTextTitleHeadOverTwinDek(t *testing.T) {
	const (
		head = "A Complete Guide to Raised Garden Beds Built From Pallets"
		dek  = "A Guide to the Popular Raised Beds for Small Gardens"
		body = "Our allotment had three broken beds last spring, so we asked the club's members to bring every pallet they could spare and spent a weekend building new ones."
	)
	type page struct {
		over, taken string
		under       []string // lines between the line taken and the body
		url         string
		gap         float64 // the line taken's log-odds over the line over it
		noCand      bool
	}
	for _, c := range []struct {
		name  string
		p     page
		moves bool
	}{
		{"the dek over the body", page{over: head, taken: dek, gap: 1.8}, true},
		{"with a URL", page{over: head, taken: dek, gap: 1.8, url: "https://garden.example/beds"}, false},
		{"a line between", page{over: head, taken: dek, gap: 1.8, under: []string{"Share"}}, false},
		{"the headline far under", page{over: head, taken: dek, gap: 2.6}, false},
		{"the headline the higher", page{over: head, taken: dek, gap: -0.1}, false},
		{"a shorter line over", page{over: "Raised Garden Beds Guide", taken: dek, gap: 1.8}, false},
		{"a sentence over", page{over: "Our complete guide to the popular raised beds we built is out now.", taken: dek, gap: 1.8}, false},
		{"a trail over", page{over: "Home › Gardens › Raised Garden Beds › Popular Guides for Small Gardens and Allotments", taken: dek, gap: 1.8}, false},
		{"holding every word of the dek", page{over: "Garden Club " + dek, taken: dek, gap: 1.8}, false},
		{"one stem shared", page{over: "Seven Handy Things for Gardens to Build in One Weekend From Pallets", taken: dek, gap: 1.8}, false},
		{"the dek a topic and its part", page{over: head, taken: "Raised Beds: The Popular Guide for Gardens", gap: 1.8}, false},
		{"no candidate over", page{over: head, taken: dek, gap: 1.8, noCand: true}, false},
	} {
		lines := append([]string{"Home", "Gardens", c.p.over, c.p.taken}, c.p.under...)
		first := len(lines)
		blocks := textNewBlocks(append(lines, body, body)...)
		at := 3
		var w [textTitleFeatures]float64
		w[0] = 1
		vecs := [][textTitleFeatures]float64{{0}, {c.p.gap}}
		cands := []int{at - 1, at}
		if c.p.noCand {
			cands = []int{1, at}
		}
		want := at
		if c.moves {
			want = at - 1
		}
		if got := textTitleHeadOverTwinDek(&textTitleCandidates{blocks: blocks, cands: cands, vecs: vecs, first: first, url: c.p.url, w: &w}, at); got != want {
			t.Errorf("%s: textTitleHeadOverTwinDek gives block %d, want %d", c.name, got, want)
		}
	}
}
