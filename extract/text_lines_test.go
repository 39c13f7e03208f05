package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTextSplitPartsMatchesLines holds textSplitParts, which passes over
// an empty line at its one byte, to its plain form over strings.Lines
// (each line trimmed, the empty ones left out): the test pages, and
// texts of blank lines, lines of white space, carriage returns, text with
// and without a last line break, run-on lines, detached marks and giant
// glued lines. With an empty line passed over by two bytes, or the last
// line left out when no line break ends it, the test fails (both tried).
func TestTextSplitPartsMatchesLines(t *testing.T) {
	plain := func(text string, detach bool) []string {
		var parts []string
		for line := range strings.Lines(text) {
			line = textTrimLine(line)
			if line == "" {
				continue
			}
			if len(line) < textGlueMin {
				parts = textAppendLine(parts, line, detach)
				continue
			}
			for _, part := range textUnglue(line) {
				parts = textAppendLine(parts, part, detach)
			}
		}
		return parts
	}
	var texts []string
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	giant := strings.Repeat("The council met on Monday.The vote was close ", 8)
	pieces := []string{"\n", "\n", "\n\n", "\r", "\r\n", " ", "\t", "\u200b", "\u00a0", "Word", "word", "the end.", "Next line",
		"in support of", " , said", "’s", "x", "é", giant}
	texts = appendPieceLines(texts, rand.New(rand.NewPCG(51, 52)), pieces, 50000, 12)
	for _, s := range texts {
		for _, detach := range []bool{false, textMayDetach(s)} {
			if got, want := textSplitParts(s, nil, detach), plain(s, detach); !slices.Equal(got, want) {
				t.Fatalf("textSplitParts(%q, %v) = %q, the plain form %q", s, detach, got, want)
			}
		}
	}
}
