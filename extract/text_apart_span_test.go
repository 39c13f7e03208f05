package extract

import (
	"slices"
	"testing"
)

// textLeaveOutApartSectionsPlain is the plain form
// TestTextApartSectionsMatchPlain holds textLeaveOutApartSections to, and
// nothing else reads it: each walk reads the staying blocks' span for
// itself, as it did before the two shared one.
func textLeaveOutApartSectionsPlain(blocks []textBlock, keep, out []bool, body *textBodyCounts) {
	textLeaveOutApartEdge(blocks, keep, out, true, textApartSectionShare, body, textStayingSpanOf(blocks, keep, out))
	textLeaveOutApartEdge(blocks, keep, out, false, textApartHeadSectionShare, body, textStayingSpanOf(blocks, keep, out))
}

// TestTextApartSectionsMatchPlain holds the two section walks, which
// share one reading of the body's span, to the walks reading it each:
// over the test pages (the seeds, and the wcxb-dev flat pages when the
// data is there), with a body kept from a window of the page (template
// lines beyond both its edges, as the walks ask) with random blocks not
// kept or already marked. It counts the pages whose closing walk left a
// section out before the opening walk, so that the span read again is
// asked, and asks for some when the wcxb-dev pages are read.
func TestTextApartSectionsMatchPlain(t *testing.T) {
	rng := fastRand(51, 143)
	closing, marked := 0, 0
	for _, p := range textSpeedPages(t) {
		blocks := textSplitBlocks(string(p.Content))
		n := len(blocks)
		if n < 3*textTailFooterBlocks {
			continue
		}
		for round := 0; round < 4; round++ {
			lo, hi := textTailFooterBlocks+rng.IntN(n/3), n-textTailFooterBlocks-rng.IntN(n/3)
			keep, out := make([]bool, n), make([]bool, n)
			for i := lo; i < hi; i++ {
				keep[i] = round == 0 || rng.IntN(6) > 0
				out[i] = round == 3 && rng.IntN(8) == 0
			}
			want := slices.Clone(out)
			var plain, shared textBodyCounts
			textLeaveOutApartSectionsPlain(blocks, keep, want, &plain)
			plain.release()
			before := slices.Clone(out)
			span := textStayingSpanOf(blocks, keep, out)
			textLeaveOutApartSections(blocks, keep, out, &shared)
			shared.release()
			for i := range blocks {
				if out[i] != want[i] {
					t.Fatalf("%s round %d: %q (kept %v): marked %v, the walks reading their own span %v", p.ID, round, blocks[i].text, keep[i], out[i], want[i])
				}
				if out[i] && !before[i] {
					marked++
				}
			}
			if span.last >= 0 && out[span.last] && !before[span.last] {
				closing++
			}
		}
	}
	t.Logf("%d blocks marked, %d closing sections left out", marked, closing)
	switch {
	case sharedDataRoot() != "" && closing < 2:
		t.Errorf("%d closing sections left out over the pages, want 2 or more", closing)
	case marked == 0:
		// The seeds are too short for either walk to leave a section out,
		// so the two forms agreed on nothing: say so rather than pass.
		t.Skip("no walk left a section out on the seeds; the wcxb-dev pages (STORYFOLD_DATA) are needed")
	}
}
