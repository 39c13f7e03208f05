package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// The plain forms of the steps that walk the staying blocks with
// textNextKept and textPrevKept (text_nextkept.go) and of the cut blurbs'
// one walk: each walked every block of the page and asked it whether it
// stays. TestTextKeptWalksMatchPlain holds the steps to them.

func textLeaveOutCutBlurbsPlain(blocks []textBlock, keep, out []bool) {
	n, size := textStayingSize(blocks, keep, out)
	start := int(float64(n) * (1 - textBlurbTailPart)) // the first paragraph of the tail
	var cut []int
	cutSize, k := 0, 0
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if textIsCutBlurbPlain(&blocks[i]) {
			if k < start {
				return
			}
			cut = append(cut, i)
			cutSize += len(blocks[i].text)
		}
		k++
	}
	if len(cut) < textBlurbMin || float64(cutSize) > textBlurbShare*float64(size) {
		return
	}
	for _, i := range cut {
		out[i] = true
	}
	textLeaveOutBlurbTitles(blocks, keep, out, cut)
}

func textIsCutBlurbPlain(b *textBlock) bool {
	if b.words < textBlurbMinWords {
		return false
	}
	t := strings.TrimRight(b.text, " ")
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "[…]") || strings.HasSuffix(t, "[...]")
}

func textLeaveOutReviewCreditsPlain(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsReviewCredit(&blocks[i]) {
			out[i] = true
		}
	}
}

func textLeaveOutContentsLabelsPlain(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsContentsLabelLine(&blocks[i]) {
			out[i] = true
		}
	}
}

func textLeaveOutPointerLinesPlain(blocks []textBlock, keep, out []bool) {
	var lines []int
	for i := range blocks {
		if textStays(blocks, keep, out, i) && textIsPointerLine(&blocks[i]) {
			lines = append(lines, i)
		}
	}
	if len(lines) < textPointerMin {
		return
	}
	for _, i := range lines {
		out[i] = true
	}
}

func textKeepClosedListsPlain(blocks []textBlock, keep, out []bool) {
	prev := -1
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if prev >= 0 && i-prev > 1 && textIsColonLeadIn(&blocks[prev]) && textClosesList(&blocks[i]) && textIsShortRun(blocks[prev+1:i]) {
			for k := prev + 1; k < i; k++ {
				keep[k] = true
			}
		}
		prev = i
	}
}

func textLeaveOutTrailPlain(blocks []textBlock, keep, out []bool) {
	total, prev, start, before := 0, -1, -1, 0
	for i := range blocks {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if prev >= 0 && i-prev-1 >= textTrailGap {
			start, before = i, total
		}
		total += len(blocks[i].text)
		prev = i
	}
	if start < 0 || float64(total-before) > textTrailShare*float64(total) {
		return
	}
	for i := start; i < len(blocks); i++ {
		out[i] = true
	}
}

func textLeaveOutIslandsPlain(blocks []textBlock, keep, out []bool) {
	paragraph := false
	for i := range blocks {
		if textStays(blocks, keep, out, i) && blocks[i].words >= textIslandParagraph {
			paragraph = true
			break
		}
	}
	if !paragraph {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.words > textIslandMaxWords || b.sentEnd && !strings.HasSuffix(b.text, ":") || !textStays(blocks, keep, out, i) ||
			i > 0 && keep[i-1] || i+1 < len(blocks) && keep[i+1] {
			continue
		}
		out[i] = true
	}
}

func textLeaveOutMoreAskPlain(blocks []textBlock, keep, out []bool) {
	found := false
	for i, m := len(blocks)-1, 0; i > 0 && m < textMoreAskReach && !found; i-- {
		if textStays(blocks, keep, out, i) {
			m++
			found = textIsMoreAsk(&blocks[i])
		}
	}
	if !found {
		return
	}
	_, total := textStayingSize(blocks, keep, out)
	at, after := -1, 0
	for i, m := len(blocks)-1, 0; i > 0 && m < textMoreAskReach; i-- {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		m++
		after += len(blocks[i].text)
		if float64(after) > textMoreAskMaxShare*float64(total) {
			break
		}
		if textIsMoreAsk(&blocks[i]) && total-after >= textTailMinChars {
			at = i
		}
	}
	if at < 0 {
		return
	}
	for i := at; i < len(blocks); i++ {
		out[i] = out[i] || textStays(blocks, keep, out, i)
	}
}

func textLeaveOutTailPlain(blocks []textBlock, keep, out []bool) {
	stays := func(i int) bool { return textStays(blocks, keep, out, i) }
	chars := 0
	for i := range blocks {
		if stays(i) {
			chars += len(blocks[i].text)
		}
	}
	last := len(blocks) - 1
	for last >= 0 && !stays(last) {
		last--
	}
	if len(blocks)-1-last < textTailFooterBlocks {
		return
	}
	left := tailMaxBlocks
	var sc textnorm.WordScanner
	var labels []int // short lines among the end matter: its headings and names
	found := false
	for i := last; i >= 0 && left > 0; i-- {
		if !stays(i) {
			continue
		}
		b := &blocks[i]
		left--
		if textIsTailLabel(b) {
			labels = append(labels, i)
			chars -= len(b.text)
			continue
		}
		// The article's own closing pitch (textTailPitchStays) ends the
		// walk as a paragraph of the article does.
		if chars-len(b.text) < textTailMinChars || !textReadsAsEndMatter(b, &sc) || textTailPitchStays(blocks, keep, out, i, &sc) {
			break
		}
		out[i] = true
		found = true
		chars -= len(b.text)
	}
	if found && chars >= textTailMinChars {
		for _, i := range labels {
			out[i] = true
		}
	}
}

func textLeaveOutArrowPairsPlain(blocks []textBlock, keep, out []bool) {
	for i := 0; i+1 < len(blocks); i++ {
		// The byte lengths first: most lines are longer, and the test
		// stops them before a call. A long line below is in neither of
		// the two pairs it could close or open, so the walk steps over it
		// (each line's length read once, not twice).
		if len(blocks[i+1].text) > textArrowMaxLen {
			i++
			continue
		}
		if len(blocks[i].text) > textArrowMaxLen || !keep[i] || !keep[i+1] ||
			!textIsArrowLabel(&blocks[i], "previous", "prev") || !textIsArrowLabel(&blocks[i+1], "next", "next") {
			continue
		}
		out[i], out[i+1] = true, true
		i++
	}
}

func textStayingBlocksPlain(blocks []textBlock, keep, out []bool) []int {
	at := make([]int, 0, len(blocks))
	for i := range blocks {
		if textStays(blocks, keep, out, i) {
			at = append(at, i)
		}
	}
	return at
}

// textKeptWalkLines are lines in the shapes the steps read: prose, cut
// blurbs, pointer lines, credits, labels, questions, short lines, a bio.
var textKeptWalkLines = []string{
	textRaiseInsidePara,
	textKeptWalkProse,
	"The pier reopens on Monday.",
	"Every January the harbour board promises itself that this year will differ...",
	"When Maren signed up to tutor, she did not imagine the queue [...]",
	"The ferry timetable changes again in the spring, the board said …",
	"Also read: Ferries return to the north harbour",
	"Read more: The pier that came back",
	"Photo by Mira Tolland",
	"Table of Contents",
	"Want to read more stories like this?",
	"Harbour Desk",
	"Mira Tolland",
	"Mira Tolland is a reporter who covers the harbour and its ferries for the desk.",
	"Here is what the board listed:",
	"Ferry tickets",
	"That is all for now.",
	"Share",
	"Next",
	"Previous",
	"« Prev",
	"Next »",
	"Reviewed by Dr. Ada Mulvey",
	"Fact checked",
	"Follow us on Twitter for more updates from the harbour desk.",
	"Subscribe to our newsletter for the latest news.",
}

// textKeptWalkProse is a paragraph the pages open with, long enough for
// the steps that measure the body above its tail.
const textKeptWalkProse = "The harbour board met on Tuesday evening and agreed, after a long debate about the cost of the new pier, to run the ferries twice an hour."

// TestTextKeptWalksMatchPlain holds the steps that step over the dropped
// blocks (textNextKept, textPrevKept) and the cut blurbs' one walk to
// their plain forms over random pages of textKeptWalkLines, each block
// kept and left out at random, runs of dropped blocks among them.
func TestTextKeptWalksMatchPlain(t *testing.T) {
	type step struct {
		name        string
		fast, plain func(blocks []textBlock, keep, out []bool)
	}
	steps := []step{
		{"textLeaveOutCutBlurbs", textLeaveOutCutBlurbs, textLeaveOutCutBlurbsPlain},
		{"textLeaveOutReviewCredits", textLeaveOutReviewCredits, textLeaveOutReviewCreditsPlain},
		{"textLeaveOutContentsLabels", textLeaveOutContentsLabels, textLeaveOutContentsLabelsPlain},
		{"textLeaveOutPointerLines", textLeaveOutPointerLines, textLeaveOutPointerLinesPlain},
		{"textKeepClosedLists", textKeepClosedLists, textKeepClosedListsPlain},
		{"textLeaveOutTrail", textLeaveOutTrail, textLeaveOutTrailPlain},
		{"textLeaveOutIslands", textLeaveOutIslands, textLeaveOutIslandsPlain},
		{"textLeaveOutMoreAsk", textLeaveOutMoreAsk, textLeaveOutMoreAskPlain},
		{"textLeaveOutTail", textLeaveOutTail, textLeaveOutTailPlain},
		{"textLeaveOutArrowPairs", textLeaveOutArrowPairs, textLeaveOutArrowPairsPlain},
		{"textStayingBlocks", func(blocks []textBlock, keep, out []bool) {
			textStayingBlocksMark(textStayingBlocks, blocks, keep, out)
		},
			func(blocks []textBlock, keep, out []bool) {
				textStayingBlocksMark(textStayingBlocksPlain, blocks, keep, out)
			}},
	}
	rng := fastRand(57, 2221)
	marked := make([]int, len(steps)) // pages on which a step marked a block
	for range 6000 {
		var text strings.Builder
		for range rng.IntN(2) * (4 + rng.IntN(12)) { // half the pages open on an article
			text.WriteString(textKeptWalkProse + "\n\n")
		}
		for range 1 + rng.IntN(40) {
			text.WriteString(textKeptWalkLines[rng.IntN(len(textKeptWalkLines))] + "\n\n")
		}
		blocks := textSplitBlocks(text.String())
		keep, out := make([]bool, len(blocks)), make([]bool, len(blocks))
		drop := 1 + rng.IntN(4)
		for i := range keep {
			keep[i], out[i] = rng.IntN(drop) == 0, rng.IntN(12) == 0
		}
		for k, s := range steps {
			keep1, out1 := append([]bool(nil), keep...), append([]bool(nil), out...)
			keep2, out2 := append([]bool(nil), keep...), append([]bool(nil), out...)
			s.fast(blocks, keep1, out1)
			s.plain(blocks, keep2, out2)
			if !slices.Equal(keep1, keep2) || !slices.Equal(out1, out2) {
				t.Fatalf("%s over %q (keep %v, out %v): keep %v out %v, the plain form keep %v out %v",
					s.name, text.String(), keep, out, keep1, out1, keep2, out2)
			}
			if !slices.Equal(out1, out) || !slices.Equal(keep1, keep) {
				marked[k]++
			}
		}
	}
	for k, s := range steps {
		t.Logf("%s marked blocks on %d pages", s.name, marked[k])
		if marked[k] < 20 {
			t.Errorf("%s marked blocks on %d pages: the pages miss its shapes", s.name, marked[k])
		}
	}
	for _, line := range textKeptWalkLines {
		b := textSplitBlocks(line)[0]
		for _, end := range []string{"", " ", "  "} {
			b.text = line + end
			if got, want := textIsCutBlurb(&b), textIsCutBlurbPlain(&b); got != want {
				t.Errorf("textIsCutBlurb(%q) = %v, the plain form %v", b.text, got, want)
			}
		}
	}
}

// textStayingBlocksMark marks every other block list lists, so that the
// walks' test compares the lists as it compares the steps' marks.
func textStayingBlocksMark(list func([]textBlock, []bool, []bool) []int, blocks []textBlock, keep, out []bool) {
	for k, i := range list(blocks, keep, out) {
		out[i] = out[i] || k%2 == 0
	}
}
