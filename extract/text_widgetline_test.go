package extract

import (
	"slices"
	"testing"
)

// textLeaveOutWidgetLinesPlain is the plain form
// TestTextWidgetLinesMatchWalks holds textLeaveOutWidgetLines to, and
// nothing else reads it: the three one-kind walks the shipped walk
// replaced, as textAssembleOdds ran them one after the other (captions
// closed by their switch on every kept block not left out, then share
// rows and form messages on the staying ones).
func textLeaveOutWidgetLinesPlain(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if keep[i] && !out[i] && textIsSwitchedCaption(&blocks[i]) {
			out[i] = true
		}
	}
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsShareRow(&blocks[i]) {
			out[i] = true
		}
	}
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsFormMessage(&blocks[i]) {
			out[i] = true
		}
	}
}

// leaveOutWhere is the walk that marks every staying block is reports:
// the one-kind step each kind's own test reads (TestTextShareRowsLeftOut,
// TestTextFormMessagesLeftOut), so that a line of one kind is held to
// its own test, not to the other's.
func leaveOutWhere(is func(*textBlock) bool) func(blocks []textBlock, keep, out []bool) {
	return func(blocks []textBlock, keep, out []bool) {
		for i := range blocks {
			if textStays(blocks, keep, out, i) && is(&blocks[i]) {
				out[i] = true
			}
		}
	}
}

// TestTextWidgetLinesMatchWalks holds textLeaveOutWidgetLines, one walk,
// to the three walks one after the other: over an invented page of the
// three kinds' lines and the test pages, with random blocks not kept,
// already marked, or cued or linked (which textStays turns away, and
// the captions' walk does not), in three rounds. It counts the blocks
// each kind marks, so that a kind the walk stops asking shows.
func TestTextWidgetLinesMatchWalks(t *testing.T) {
	pages := []string{
		"SMS Facebook Twitter Email\nThe council met on Tuesday.\nThank you for signing up.\nShareThis\n" +
			"Sorry, there was a problem.\nEnter email address\nThe ferry left at nine.\nwhatsapp pinterest email\nCopy the link\n\n" +
			"The old ferry slip at low tide. Tomas Bell hide caption\nShow Caption\nThe quay at dusk, Mara Quist hide caption\nHide Caption",
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, string(p.Content))
	}
	rng := fastRand(51, 7)
	kinds := [3]int{}
	for _, page := range pages {
		blocks := textSplitBlocks(page)
		for i := range blocks {
			switch {
			case textIsSwitchedCaption(&blocks[i]):
				kinds[2]++
			case textIsShareRow(&blocks[i]):
				kinds[0]++
			case textIsFormMessage(&blocks[i]):
				kinds[1]++
			}
		}
		for round := range 3 {
			keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
			bs := slices.Clone(blocks)
			for i := range bs {
				keep[i] = round == 0 || rng.IntN(4) > 0
				out[i] = round == 2 && rng.IntN(4) == 0
				if round > 0 && rng.IntN(8) == 0 {
					bs[i].cue = textCueDrop
				}
				if round > 0 && rng.IntN(8) == 0 {
					bs[i].url = "https://example.com/"
				}
			}
			want := slices.Clone(out)
			textLeaveOutWidgetLinesPlain(bs, keep, want)
			textLeaveOutWidgetLines(bs, keep, out)
			for i := range bs {
				if out[i] != want[i] {
					t.Fatalf("%q (kept %v, cue %v, url %q): marked %v, the three walks %v", bs[i].text, keep[i], bs[i].cue, bs[i].url, out[i], want[i])
				}
			}
		}
	}
	t.Logf("marked: share rows %d, form messages %d, switched captions %d", kinds[0], kinds[1], kinds[2])
	if kinds[0] < 4 || kinds[1] < 3 || kinds[2] < 4 {
		t.Errorf("share rows %d, form messages %d, switched captions %d: each kind's lines should be marked (4, 3 and 4 of the invented page's)", kinds[0], kinds[1], kinds[2])
	}
}
