package extract

import (
	"strings"
	"testing"
)

// TestTextBylineGatesMatchContains holds the hand search of the
// page-wide byline readings to the search it replaces, over invented
// lines of the label's pieces, "y"s and spaces at every place:
// textHoldsWrittenBy answers as a search for "ritten by ".
func TestTextBylineGatesMatchContains(t *testing.T) {
	parts := []string{"By", "by", "rs", "r", "s", ":", ": ", " ", "y", "y ", "Written", "written", "ritten b", "mitten", "b",
		"Authors", "Contributors", "Jane Roe", "day", "é", "\n"}
	rng := fastRand(43, 51)
	written := 0
	for range 100000 {
		s := fastJoinPieces(rng, rng.IntN(12), parts, []string{""})
		wantW := strings.Contains(s, "ritten by ")
		if got := textHoldsWrittenBy(s); got != wantW {
			t.Fatalf("textHoldsWrittenBy(%q) = %v, want %v", s, got, wantW)
		}
		if wantW {
			written++
		}
	}
	if written < 1000 {
		t.Fatalf("only %d written-by lines: the test reads too few", written)
	}
}

// TestTextLineYearMatchesSearch checks what textMayHoldByline tells the
// dated byline readings of a line's year: over invented blocks of one
// or more lines, with years, other figures and none, a known answer is
// the line's own, and the readings given the block's answer read each
// line as they do when they search it.
func TestTextLineYearMatchesSearch(t *testing.T) {
	lines := []string{"By Maren Solberg – Updated Sep 9, 2025", "Maren Solberg Published 10:19am 19 December 2025",
		"Posted by Ed Poe on Friday December 19, 2025", "By 2030 the ferries will run", "Call 555 0101",
		"Maren Solberg 02 Feb 2026 Ferry Reviews 7 Comments", "The quays reopened in spring.", "by Ed Poe 12"}
	rng := fastRand(43, 52)
	for range 5000 {
		var parts []string
		for k := 1 + rng.IntN(3); k > 0; k-- {
			parts = append(parts, lines[rng.IntN(len(lines))])
		}
		text := strings.Join(parts, "\n")
		b := &textBlock{text: text, lines: len(parts) > 1} // as the page's reader sets them
		for _, c := range []byte(text) {
			if c >= '0' && c <= '9' {
				b.digits++
			}
		}
		year, ok := textMayHoldByline(b)
		if !ok {
			continue
		}
		for _, line := range parts {
			if year != textYearUnknown && year.in(line) != textHasYear(line) {
				t.Fatalf("block %q: line %q holds a year %v, the block's answer %d", text, line, textHasYear(line), year)
			}
			n1, s1 := textDatedInlineByline(line, year)
			n2, s2 := textDatedInlineByline(line, textYearUnknown)
			n3, s3 := textNameOpensDatedLine(line, year)
			n4, s4 := textNameOpensDatedLine(line, textYearUnknown)
			if n1 != n2 || s1 != s2 || n3 != n4 || s3 != s4 {
				t.Fatalf("block %q, line %q: read %q %q and %q %q with the block's answer %d, %q %q and %q %q searching",
					text, line, n1, s1, n3, s3, year, n2, s2, n4, s4)
			}
		}
	}
}
