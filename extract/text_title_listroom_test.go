package extract

import (
	"strings"
	"testing"
)

// TestTextTitleListRoomReused holds textTitleListIn, its lists in a
// title room kept from the page before (dropped, as textTitleVectorsIn
// drops it), to the plain features: the slug's (22, the candidates'
// best share among those not short) and the prefix's (31, HasPrefix
// over every pair), on random pages of headings that open one another,
// each page's candidates a random run of its blocks, longer and shorter
// than the page before's.
func TestTextTitleListRoomReused(t *testing.T) {
	pieces := []string{"Best ", "Best Running ", "Shoes ", "of 2026 ", "Harbour ", "Ferries ", "B", "S ", "\n\n", "\n\n", "\n\n"}
	rng := fastRand(65, 66)
	var r textTitleRoom
	set := 0
	for _, page := range fastPieceLines(nil, rng, pieces, 3000, 0, 60) {
		blocks := textSplitBlocks(page)
		if len(blocks) == 0 {
			continue
		}
		lo := rng.IntN(len(blocks))
		cands := make([]int, 0, len(blocks))
		for i := lo; i < len(blocks); i++ {
			cands = append(cands, i)
		}
		want := make([][textTitleFeatures]float64, len(cands))
		got := make([][textTitleFeatures]float64, len(cands))
		for k := range cands {
			want[k][6] = float64(rng.IntN(3)) / 2
			got[k][6] = want[k][6]
		}
		plainTitleList(blocks, cands, want)
		textTitleListIn(blocks, cands, got, &r)
		for k := range cands {
			if got[k] != want[k] {
				t.Fatalf("candidate %d of %q: features 22, 31 = %v, %v; want %v, %v", k, page, got[k][22], got[k][31], want[k][22], want[k][31])
			}
			set += int(want[k][31])
		}
		r.drop()
	}
	if set < 200 {
		t.Errorf("%d candidates prefixed: too few", set)
	}
}

// plainTitleList is textTitleList's features 22 and 31 in their plain
// form: every pair of candidates compared (TestTextTitleListRoomReused).
func plainTitleList(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64) {
	best := 0.0
	for k, i := range cands {
		if !textTitleShort(&blocks[i]) {
			best = max(best, vecs[k][6])
		}
	}
	for k, i := range cands {
		vecs[k][22] = textBoolF(best > 0 && vecs[k][6] == best)
		a := textTitleText(&blocks[i])
		for _, j := range cands {
			if b := textTitleText(&blocks[j]); a != "" && !textTitleShort(&blocks[j]) && len(b) < len(a) && strings.HasPrefix(a, b) {
				vecs[k][31] = 1
				break
			}
		}
	}
}
