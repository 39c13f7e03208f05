package extract

import (
	"slices"
	"strings"
	"testing"
)

// textLeaveOutPullQuotesNearPlain is the plain form
// TestTextPullQuotesMatchPlain holds textLeaveOutPullQuotesNear to, and
// nothing else reads it: the walk as it read the blocks one by one,
// asking textStays of each block it passed (fiftieth session's form).
func textLeaveOutPullQuotesNearPlain(blocks []textBlock, keep, out []bool, reach int) {
	holds := func(i, j int, text *rareNeedle) bool {
		return float64(blocks[j].words) > textPullLonger*float64(blocks[i].words) &&
			textStays(blocks, keep, out, j) && text.in(blocks[j].text) >= 0
	}
	for i := range blocks {
		b := &blocks[i]
		if b.words < textPullMinWords || b.words > textPullMaxWords || !textStays(blocks, keep, out, i) {
			continue
		}
		quote, quoted := textPullQuoteCore(b.text)
		needle := newRareNeedle(textPullAfterFirst(quote))
		if !quoted {
			if b.words >= textPullAboveMinWords && b.sentEnd && !b.lines {
				seen := 0
				for j := i + 1; j < len(blocks) && j <= i+reach && seen < textPullAbove; j++ {
					if !textStays(blocks, keep, out, j) {
						continue
					}
					seen++
					if holds(i, j, &needle) {
						out[i] = true
						break
					}
				}
			}
			continue
		}
		for j := max(i-reach, 0); j <= min(i+reach, len(blocks)-1); j++ {
			if j != i && holds(i, j, &needle) {
				out[i] = true
				break
			}
		}
	}
}

// TestTextPullQuotesMatchPlain holds textLeaveOutPullQuotesNear, which
// reads the staying blocks once, to the one-by-one walk: over invented
// pages of pull quotes, quoted and not, above and below their sources,
// a second quote of one source, a quote whose only source went
// before its turn and one whose words after the first open inside its
// source's word, and
// over the test pages (the seeds, and the wcxb-dev flat pages when the
// data is there), with random blocks not kept or already marked, at the
// flat path's reach (the whole page) and the HTML path's
// (htmlPullNear) and shorter. It counts the blocks marked, so that a
// kind of pull quote the walk stops finding shows.
func TestTextPullQuotesMatchPlain(t *testing.T) {
	const said = "The harbour board never once asked the fishermen of Keel Street what the new quay would cost them"
	source := "At the meeting on Mill Lane the mood was sour. " + said + ", Maren Solberg said, and the hall agreed with her at once."
	const runOn = "harbour board never once asked the fishermen of Keel Street what the new quay would cost them"
	runOnSource := "At the meeting on Mill Lane the mood was sour. For her part, the " + runOn + ", Maren Solberg said, and the hall agreed with her at once."
	const standfirst = "Harbourmaster Jon said the board never once asked the fishermen what the quay would cost."
	const standSource = "Late on Tuesday, at the end of a long and bitter meeting in the hall on Mill Lane, the harbourmaster Jon said the board never once asked the fishermen what the quay would cost."
	pages := []string{
		strings.Join([]string{textFerryParas[0], "“" + said + ".”", source, textFerryParas[1]}, "\n\n"),
		strings.Join([]string{textFerryParas[0], source, `"` + said + `!"`, textFerryParas[1], "“" + said + ".”"}, "\n\n"),
		strings.Join([]string{textFerryParas[0], said + ".", textFerryParas[1], source}, "\n\n"),
		strings.Join([]string{said + ".", textFerryParas[0], textFerryParas[1], textFerryParas[0], textFerryParas[1], source}, "\n\n"),
		strings.Join([]string{textFerryParas[0], "The " + runOn + ".", runOnSource, "  “" + said + "”", textFerryParas[1]}, "\n\n"),
		// The standfirst goes (the paragraph below holds it) before the
		// quote it alone holds is asked: the quote stays.
		strings.Join([]string{textFerryParas[0], standfirst, standSource, textFerryParas[1], "“Yes, Harbourmaster Jon said the board never once.”"}, "\n\n"),
		// The quote's words after its first open inside its source's
		// word ("superharbourmasters"): a gate on the source's words
		// must not take the quote's second word for one of them.
		strings.Join([]string{textFerryParas[0], "“Super harbourmasters of Keel Street never once asked the fishermen what the quay would cost.”", "Late on Tuesday, in the hall on Mill Lane, the superharbourmasters of Keel Street never once asked the fishermen what the quay would cost, and said so.", textFerryParas[1]}, "\n\n"),
	}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, string(p.Content))
	}
	rng := fastRand(51, 142)
	marked := 0
	for _, text := range pages {
		blocks := textSplitBlocks(text)
		for _, reach := range []int{len(blocks), htmlPullNear, 1} {
			for round := 0; round < 3; round++ {
				keep, out := textRoundMarks(rng, len(blocks), round, 5)
				want := slices.Clone(out)
				textLeaveOutPullQuotesNearPlain(blocks, keep, want, reach)
				before := slices.Clone(out)
				textLeaveOutPullQuotesNear(blocks, keep, out, reach)
				for i := range blocks {
					if out[i] != want[i] {
						t.Fatalf("%q (reach %d, kept %v): marked %v, the one-by-one walk %v", blocks[i].text, reach, keep[i], out[i], want[i])
					}
					if out[i] && !before[i] {
						marked++
					}
				}
			}
		}
	}
	t.Logf("marked %d pull quotes over %d pages", marked, len(pages))
	if marked < 15 {
		t.Errorf("marked %d pull quotes over the pages, want 15 or more", marked)
	}
}
