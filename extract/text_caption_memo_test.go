package extract

import "testing"

// TestTextCaptionMemoMatchesPlain holds textIsCaption, which keeps its
// answer in the block (textBlock.caption), to textCaptionPlain asked of
// a fresh copy of the block, each block asked twice as the title
// candidates and the body ask it. The pages are read one after another
// into one scratch, so a block list written over a page before must give
// the answers of the page now read (textReadBlockInto starts every block
// unasked; a line repeated on a page is copied from its first block).
func TestTextCaptionMemoMatchesPlain(t *testing.T) {
	texts := []string{
		"The harbour at dawn. Photo: Mira Tolland\nThe harbour at dawn. Photo: Mira Tolland\nA plain sentence of the story.",
		"A handgun (Photo: Tylinek / Getty Images)\nThe council met on Tuesday.\nA handgun (Photo: Tylinek / Getty Images)",
		"Boats in the bay. Image courtesy of the Harbour Board\nOil on canvas. Courtesy the artist.\nThe vote was close.",
	}
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	s := newTextScratch()
	yes := 0
	for _, text := range texts {
		blocks := textSplitBlocksIn(text, s)
		for i := range blocks {
			fresh := blocks[i]
			fresh.caption = textMemoUnasked
			want := textCaptionPlain(&fresh)
			for ask := 1; ask <= 2; ask++ {
				if got := textIsCaption(&blocks[i]); got != want {
					t.Fatalf("textIsCaption(%q), question %d, = %v, the plain form says %v", blocks[i].text, ask, got, want)
				}
			}
			if want {
				yes++
			}
		}
	}
	if yes < 5 {
		t.Errorf("only %d blocks are captions to the plain form, want 5 or more", yes)
	}
}
