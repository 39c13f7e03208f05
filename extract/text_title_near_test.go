package extract

import (
	"testing"
)

// TestTextBylineNearKeepsAnswers holds bylineNear, which keeps each
// block's answer, to the plain form (textBylineOrDateIn) on the test
// pages: windows of one to four blocks asked in random order, overlapping
// and past either end of the page, as the candidates' features ask them
// (three under, two over).
func TestTextBylineNearKeepsAnswers(t *testing.T) {
	textNeedsData(t)
	rng := fastRand(56, 17)
	near := 0
	for n, p := range textSpeedPages(t)[:200] {
		blocks := textSplitBlocks(string(p.Content))
		c := newTextTitleContext(blocks, min(len(blocks), 4))
		for range 3 * len(blocks) {
			lo := rng.IntN(len(blocks)+4) - 2
			hi := lo + 1 + rng.IntN(4)
			want := textBylineOrDateIn(blocks, lo, hi) // the plain form, text_title_slug.go
			if got := c.bylineNear(lo, hi); got != want {
				t.Fatalf("page %d: bylineNear(%d, %d) = %v, asked afresh %v", n, lo, hi, got, want)
			}
			near += textBool(want)
		}
	}
	if near < 1000 {
		t.Errorf("%d windows near a byline or date: too few", near)
	}
}
