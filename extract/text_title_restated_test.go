package extract

import (
	"strings"
	"testing"
)

// textRestatedLines are the lines the restated-in-body test's pages are
// drawn from: a menu, a headline, its dek and a sentence set again and
// again, and lines of one to three bytes, which the repeat search seeks
// block by block.
var textRestatedLines = []string{"Home", "Harbour works at Keel Street Quay", "Ferries", "Tides for the week ahead",
	"The quay reopens after the winter's repairs, the harbour board said on Monday.", "Contact", "Map", "A"}

// TestTextRepeatWholeMatchesPlain holds feature 33's reading of the
// repeats (textRepeat.whole past the body's start) to a search of every
// body block for one that is the text, for every body start of pages
// drawn from textRestatedLines, the texts those of some of the page's
// blocks and lines no block is (a head cut from a block's lines), with
// the room the page before lent (textTitleRoom).
func TestTextRepeatWholeMatchesPlain(t *testing.T) {
	rng := fastRand(61, 62)
	var room textTitleRoom
	asked, found := 0, 0
	for range 400 {
		page := fastDraws(rng, textRestatedLines, 2, 30)
		blocks := textSplitBlocks(strings.Join(page, "\n\n"))
		var texts []string
		for i := range blocks {
			if rng.IntN(2) == 0 {
				texts = append(texts, blocks[i].text)
			}
		}
		texts = append(texts, "Harbour works", "Quay")
		reps := textTitleRepeatsIn(blocks, texts, &room)
		for first := range len(blocks) + 1 {
			for k, s := range texts {
				want := false
				for j := first; j < len(blocks); j++ {
					want = want || blocks[j].text == s
				}
				if got := reps[k].whole > first; got != want {
					t.Fatalf("text %q, body from %d of %d blocks: stated whole in the body %v (whole %d), plain %v", s, first, len(blocks), got, reps[k].whole, want)
				}
				asked++
				found += textBool(want)
			}
		}
	}
	if found < asked/10 || found > asked-asked/10 {
		t.Errorf("%d texts asked, %d stated whole in the body: too few either way", asked, found)
	}
}
