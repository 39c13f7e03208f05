package extract

import "testing"

// TestTextTitleChooseKnownMatches holds textTitleChooseKnown, which
// reuses an earlier choice's title when the second model settles on the
// same best block, to textTitleChoose under the second model's weights,
// as textFindMeta asks it on a page without a URL: on the test pages,
// each read with its body from three places, both the choices that land
// on the first's block and those that do not must give the plain
// answer.
func TestTextTitleChooseKnownMatches(t *testing.T) {
	same, moved := 0, 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		for _, first := range []int{min(len(blocks), 4), len(blocks) / 3, len(blocks) / 2} {
			for _, clean := range []bool{false, true} {
				cands, vecs := textTitleVectorsIn(p, blocks, first, len(blocks), nil)
				title, best := textTitleChoose(blocks, cands, vecs, first, clean, &textTitleWeights)
				if title < 0 {
					continue
				}
				wantTitle, wantBest := textTitleChoose(blocks, cands, vecs, first, clean, &textTitleTextWeights)
				gotTitle, gotBest := textTitleChooseKnown(blocks, cands, vecs, first, clean, &textTitleTextWeights, best, title)
				if gotTitle != wantTitle || gotBest != wantBest {
					t.Fatalf("%s, body from %d, clean %v: the second choice given the first's (%d, %d) is (%d, %d), plain (%d, %d)",
						p.ID, first, clean, title, best, gotTitle, gotBest, wantTitle, wantBest)
				}
				if wantBest == best {
					same++
				} else {
					moved++
				}
			}
		}
	}
	if same == 0 {
		t.Fatal("no page's second choice landed on the first's block: the reuse went untested")
	}
	t.Logf("%d second choices on the first's block, %d elsewhere", same, moved)
}
