package extract

import (
	"slices"
	"testing"
)

// textCandidatesPlain is candidatesAndHeads' list with isHeadline asked of
// every block in the window, the plain form the loop's count of words is
// held to.
func textCandidatesPlain(c *textTitleContext) []int {
	var out []int
	for i := max(0, c.first-textTitleWindow); i < min(c.n, c.first+textTitleBelow); i++ {
		b := textTitleHead(&c.blocks[i])
		if b.url != "" || !c.isHeadline(i, b) && !textTitleCasedStop(b, c.scanner()) && !c.shortConfirmed(i) || c.neverTitle(i, b) {
			continue
		}
		if b == &c.blocks[i] && (!c.dated(i) || textTitleDatedAtEnd(b.text) || textTitleUndated(b.text) != b.text) || b != &c.blocks[i] && !textDateIn(b.text) {
			out = append(out, i)
		}
	}
	return out
}

// TestTextCandidatesMatchPlain holds the title candidates' loop, which
// asks the headline test's count of words itself and keeps the answer of
// a block it turns away, to the loop asking isHeadline of every block,
// and each kept answer to textIsHeadline's.
func TestTextCandidatesMatchPlain(t *testing.T) {
	var pages [][]textBlock
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	parts := []string{"Moorings", "Harbour Office Opens Its Doors to Visiting Yachts", "Why Sail?", "Read more.", "By Ana Ruiz", "Ana Ruiz",
		"Home / Harbour Guides / Moorings", "Tide Tables for Visiting Yachts\nThe office reads them out each spring",
		"the waiting list is read out at the spring meeting and pinned to the office door for the season's visitors to see and copy",
		"Keel Street", "March 3, 2025", "Photo: Ana Ruiz", "Contact", "Harbour\nOffice"}
	seps := []string{"\n\n", "\n\n", "\n", " "}
	rng := fastRand(248, 249)
	for range 3000 {
		pages = append(pages, textSplitBlocks(fastJoinPieces(rng, 1+rng.IntN(12), parts, seps)))
	}
	turned, kept := 0, 0
	for _, blocks := range pages {
		for _, first := range []int{0, len(blocks) / 2, len(blocks) - 1} {
			c := newTextTitleContext(blocks, first)
			got := c.candidates()
			plain := newTextTitleContext(blocks, first)
			want := textCandidatesPlain(&plain)
			if !slices.Equal(got, want) {
				t.Fatalf("candidates at %d of %d blocks = %v, asking isHeadline of every block %v", first, len(blocks), got, want)
			}
			for j := range blocks {
				if m := c.head[j]; m != 0 {
					if want := textIsHeadline(&blocks[j]); (m == 1) != want {
						t.Fatalf("kept headline answer of %q is %d, textIsHeadline %v", blocks[j].text, m, want)
					}
					if m == 2 && uint(blocks[j].words-3) > textHeadlineMaxWords-3 {
						turned++
					}
				}
			}
			kept += len(got)
		}
	}
	t.Logf("answers kept by the count alone %d, candidates %d", turned, kept)
	if turned < 100 || kept < 100 {
		t.Errorf("answers kept by the count alone %d, candidates %d: want 100 or more of each", turned, kept)
	}
}
