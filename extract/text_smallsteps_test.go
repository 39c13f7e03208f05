package extract

import (
	"slices"
	"testing"
)

// The small steps after the block model that walk only the kept blocks
// (textNextKept) or count the page only when a kept block asks for it,
// each held to its walk over every block as it was, on pages drawn at
// random from lines each step reads and lines none does.

// textSmallStepLines are the lines the random pages are drawn from: pick
// buttons, browse links over prose or not, cut titles of teasers, prose
// and short labels.
var textSmallStepLines = []string{
	"Try Mondly Now!", "Shop Gucci Now", "Try a new route", "Try Rent the Runway for Free",
	"Browse all content", "Browse index funds",
	"Keel Street Quay Reopens After Two…", "Ten Walks Around the Old Harbour...",
	"The Ferry Timetable For The Winter Season Is…",
	"The harbour master said the quay had been closed since the storm, and the ferries would wait.",
	"Engineers checked every mooring along the eastern wall before the first boat sailed again.",
	"Tide table", "Read more", "Menu",
}

// textSmallStepPlains pairs each step with its walk as it was.
var textSmallStepPlains = []struct {
	name        string
	step, plain func(blocks []textBlock, keep, out []bool)
}{
	{"pick buttons", textLeaveOutPickButtons, textLeaveOutPickButtonsPlain},
	{"browse links", textLeaveOutBrowseLinks, textLeaveOutBrowseLinksPlain},
	{"teaser titles", textLeaveOutTeaserTitles, textLeaveOutTeaserTitlesPlain},
}

// textLeaveOutPickButtonsPlain is textLeaveOutPickButtons counting the
// page's buttons first, on every page.
func textLeaveOutPickButtonsPlain(blocks []textBlock, keep, out []bool) {
	n := 0
	for i := range blocks {
		if textIsPickButton(&blocks[i]) {
			n++
		}
	}
	if n < textPickButtonMin {
		return
	}
	for i := range blocks {
		if keep[i] && !out[i] && textIsPickButton(&blocks[i]) {
			out[i] = true
		}
	}
}

// textLeaveOutBrowseLinksPlain is textLeaveOutBrowseLinks asking every
// block of the page.
func textLeaveOutBrowseLinksPlain(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if !keep[i] || out[i] || !textIsBrowseLink(&blocks[i]) {
			continue
		}
		if i+1 < len(blocks) && textHeadsProse(&blocks[i+1]) {
			continue
		}
		out[i] = true
	}
}

// textLeaveOutTeaserTitlesPlain is textLeaveOutTeaserTitles asking every
// block of the page.
func textLeaveOutTeaserTitlesPlain(blocks []textBlock, keep, out []bool) {
	prev, sentence := -1, false
	for i := range blocks {
		if !keep[i] {
			continue
		}
		b := &blocks[i]
		if !sentence {
			sentence = b.sentEnd && b.words >= 8
			continue
		}
		if !textIsCutTitle(b) {
			continue
		}
		if prev >= 0 && textKeptBetween(keep, prev, i) < textTeaserTitleGap {
			out[prev], out[i] = true, true
		}
		prev = i
	}
}

func TestTextSmallStepsMatchPlain(t *testing.T) {
	rng := fastRand(58, 230)
	marked := make([]int, len(textSmallStepPlains))
	for n := 0; n < 4000; n++ {
		texts := textRandomPage(rng, 1, 40, 1, 4, func(int) (string, bool) {
			return textSmallStepLines[rng.IntN(len(textSmallStepLines))], true
		})
		blocks := textNewBlocks(texts...)
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		for i := range blocks {
			keep[i] = rng.IntN(3) > 0
			out[i] = rng.IntN(8) == 0
		}
		for k, s := range textSmallStepPlains {
			got, want := slices.Clone(out), slices.Clone(out)
			s.step(blocks, keep, got)
			s.plain(blocks, keep, want)
			if !slices.Equal(got, want) {
				t.Fatalf("%s on %q (keep %v, out %v): marks %v, want %v", s.name, texts, keep, out, got, want)
			}
			if !slices.Equal(got, out) {
				marked[k]++
			}
		}
	}
	for k, s := range textSmallStepPlains {
		if marked[k] < 100 {
			t.Errorf("%s marked a block on only %d random pages", s.name, marked[k])
		}
	}
}
