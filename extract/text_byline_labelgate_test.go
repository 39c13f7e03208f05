package extract

import (
	"strings"
	"testing"
)

// TestTextMayHoldBylineLabelCoversReadings holds textMayHoldBylineLabel,
// the gate of the year-less blocks, to textInlineByline's readings: over
// invented blocks of the labels, "By the … Team", "ritten by " after a
// separator, "by" inside words and after marks and line breaks, a block
// the gate turns away gives no reading on any line (textInlineBylineLine
// with no year), and one the searches it replaced turn away ("by " or
// "By " anywhere, "By: " or "rs: ") is turned away too.
func TestTextMayHoldBylineLabelCoversReadings(t *testing.T) {
	parts := []string{"Written by ", "written by ", "This post was written by ", "Text by ", "Words by ", "Story by ",
		"Authors: ", "Contributors: ", "Authors:", "Contributor: ", "Co-Authors: ", "View all posts by ", "Posted By: ", "Posted By:", "By the ", "by the ", "By ",
		"by ", "BY ", "nearby ", "baby ", "(By ", "\u00a0by ", "Jane Roe", "Ed Poe", "Harbour ", "Quay Team", "Team",
		" | ", " – ", " · ", ":", "rs: ", "\n", " ", "the ferries run", "y ", "b"}
	rng := fastRand(70, 5)
	lines := textSpeedStrings(2000)
	for range 200000 {
		lines = append(lines, fastJoinPieces(rng, 1+rng.IntN(8), parts, []string{""}))
	}
	read, gated := 0, 0
	for _, s := range lines {
		if textHasYear(s) {
			continue // the dated readings' blocks pass by their year
		}
		b := textNewBlock(s)
		_, ok := textMayHoldByline(&b)
		plain := strings.Contains(s, "by ") || strings.Contains(s, "By ") || strings.Contains(s, "By: ") ||
			strings.Contains(s, "rs: ")
		if !plain && ok {
			gated++
		}
		for line := range strings.SplitSeq(s, "\n") {
			name, stamp, mid := textInlineBylineLine(line, textYearNone, true)
			if name == "" && stamp == "" && mid == "" {
				continue
			}
			read++
			if !ok {
				t.Fatalf("block %q: the gate turns it away, but line %q reads %q %q %q", s, line, name, stamp, mid)
			}
			if !plain {
				t.Fatalf("block %q: the plain search turns it away, but line %q reads %q %q %q", s, line, name, stamp, mid)
			}
		}
	}
	if read < 2000 {
		t.Fatalf("only %d lines read a name: the test reads too few", read)
	}
	t.Logf("%d lines read a name; %d blocks the plain search turned away pass the gate", read, gated)
}
