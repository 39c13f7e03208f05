package extract

import (
	"slices"
	"testing"
)

// textThreadHeadsPlain is textThreadLayout.heads without its last byte's
// gate (mayHead's ends).
func textThreadHeadsPlain(l *textThreadLayout, blocks []textBlock, i int) bool {
	return blocks[i].words <= l.maxWords && l.isHead(blocks, i)
}

// textKeepToPlain is textThreadLayout.keepTo asking textThreadHeadsPlain.
func textKeepToPlain(l *textThreadLayout, blocks []textBlock, first int, keep []bool) {
	words := 0
	for i := max(first, 0); i < len(blocks); i++ {
		if !textThreadHeadsPlain(l, blocks, i) {
			if l.minWords > 0 && keep[i] && textProse(&blocks[i]) {
				words += blocks[i].words
			}
			continue
		}
		within := false
		for j := i + 1; j < len(blocks) && j <= i+l.reach; j++ {
			within = within || textThreadHeadsPlain(l, blocks, j)
		}
		if words < l.minWords || l.opens != nil && !l.opens.MatchString(blocks[i].text) || l.reach > 0 && !within {
			return
		}
		if l.name && i > 0 && blocks[i-1].words <= textMenuLabelWords && !blocks[i-1].sentEnd {
			i--
		}
		clear(keep[i:])
		return
	}
}

// TestTextThreadHeadsMatchPlain holds both layouts' heads, and keepTo
// with the gate inlined, to the plain forms, over lines built of a
// head's parts (names, "says" in any case, a colon, stamps with their
// clocks and tails, date lines) and the test pages' lines, and over
// random pages of them under long prose.
func TestTextThreadHeadsMatchPlain(t *testing.T) {
	rng := fastRand(119, 7)
	pieces := []string{"Ivo ", "Lindqvist", " says", " Says", " SAYS", "says", ":", " ", "Posted by: ", "John ", "at ",
		"December 18, 2025", ", ", " 9:59", " 21:58", "05:48", " pm", " PM", " a.m.", " A.M", "p.m", "m", ".", "0", "ſ", "\xff",
		"July 14, 2015", "Reply", "s"}
	lines := fastPieceLines(nil, rng, pieces, 50000, 1, 8)
	// heads as the layouts' tests want them, their ends varied
	names := []string{"Ivo Lindqvist", "Emma", "Amy", "Posted by: John at", "The harbour master", "Mira de la Tolland"}
	days := []string{"December 18, 2025", "Sep 11, 2008 at", "Oct. 16, 2010,", "July 14, 2015", "Mon Jul 24, 2017"}
	clocks := []string{" 9:59", " 21:58", " 05:48", "", " 4:30"}
	ends := []string{"", " pm", " PM", "pm", " a.m.", " A.M", " p.m", ".", " ", ":", "s", " says", " says:", " Says", " SAYS:", " sayſ", "!"}
	for range 50000 {
		s := names[rng.IntN(len(names))]
		if rng.IntN(3) > 0 {
			s += " " + days[rng.IntN(len(days))] + clocks[rng.IntN(len(clocks))]
		}
		lines = append(lines, s+ends[rng.IntN(len(ends))])
	}
	drawn := len(lines)
	prose := "I have fished off this quay for thirty years and the new moorings are the best thing the board has done in a long while, thank you for writing this up."
	for _, l := range []*textThreadLayout{&textSaysThread, &textStampThread} {
		blocks := make([]textBlock, len(lines))
		for i, s := range lines {
			blocks[i] = textNewBlock(s)
		}
		taken := 0
		for i := range blocks {
			want := textThreadHeadsPlain(l, blocks, i)
			if got := l.heads(blocks, i); got != want {
				t.Fatalf("heads(%q) = %v, the plain form gives %v", blocks[i].text, got, want)
			}
			if want {
				taken++
			}
		}
		if taken < 500 {
			t.Errorf("the plain form takes only %d heads, want 500 or more", taken)
		}
		cut := 0
		for range 3000 {
			var page []string
			for range 2 + rng.IntN(20) {
				page = append(page, prose)
			}
			page = append(page, fastDraws(rng, lines[:drawn], 1, 12)...)
			pb := make([]textBlock, len(page))
			for i, s := range page {
				pb[i] = textNewBlock(s)
			}
			keep, want := make([]bool, len(pb)), make([]bool, len(pb))
			for i := range keep {
				keep[i], want[i] = true, true
			}
			first := rng.IntN(3)
			l.keepTo(pb, first, keep)
			textKeepToPlain(l, pb, first, want)
			if !slices.Equal(keep, want) {
				t.Fatalf("keepTo(%q) keeps %v, the plain form %v", page, keep, want)
			}
			if !want[len(want)-1] {
				cut++
			}
		}
		if cut < 100 {
			t.Errorf("the plain keepTo cuts only %d of the random pages, want 100 or more", cut)
		}
	}
}
