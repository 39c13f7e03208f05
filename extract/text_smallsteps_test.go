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
	"Tide table", "Read more", "Menu", "By Ann Lee", "May 3, 2024",
	"This post contains affiliate links, and we may earn a commission when you buy through links on our site.",
	"The quay reopens on Monday after two weeks of repairs.",
}

// textSmallStepPlains pairs each step with its walk as it was.
var textSmallStepPlains = []struct {
	name        string
	step, plain func(blocks []textBlock, keep, out []bool)
}{
	{"pick buttons", textLeaveOutPickButtons, textLeaveOutPickButtonsPlain},
	{"browse links", textLeaveOutBrowseLinks, textLeaveOutBrowseLinksPlain},
	{"teaser titles", textLeaveOutTeaserTitles, textLeaveOutTeaserTitlesPlain},
	{"disclosures", textLeaveOutDisclosures, textLeaveOutDisclosuresPlain},
}

// textLeaveOutDisclosuresPlain is textLeaveOutDisclosures asking every
// block of the page.
func textLeaveOutDisclosuresPlain(blocks []textBlock, keep, out []bool) {
	above := 0
	for i := range blocks {
		if !keep[i] || out[i] {
			continue
		}
		if above >= textDisclosureHeadWords {
			return
		}
		if textIsLinkDisclosure(&blocks[i]) {
			out[i] = true
			continue
		}
		above += blocks[i].words
	}
}

// textFirstStayingPlain is textFirstStaying asking every block of the
// page.
func textFirstStayingPlain(blocks []textBlock, keep, out []bool) int {
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			return i
		}
	}
	return -1
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

// TestTextSmallStepsMatchPlain holds the steps of textSmallStepPlains
// and textFirstStaying (textLeaveOutDek's first staying block) to their
// plain walks.
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
		if got, want := textFirstStaying(blocks, keep, out), textFirstStayingPlain(blocks, keep, out); got != want {
			t.Fatalf("textFirstStaying on %q (keep %v, out %v) = %d, want %d", texts, keep, out, got, want)
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
