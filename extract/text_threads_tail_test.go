package extract

import (
	"math/rand/v2"
	"testing"
)

// TestTextThreadStampTailMatchesRE holds the expression on
// textThreadStampTail(s) to the expression on s, on invented stamps (the
// longest form after the month, long month names, 'ſ' and the Kelvin sign
// in the name, a stamp after a long line) and 60,000 random lines of
// stamp pieces, letters and marks; stamps must match now and then, and
// some of them with a tail shorter than the line.
func TestTextThreadStampTailMatchesRE(t *testing.T) {
	lines := []string{
		"", "Dec 18, 2025 9:46", "Amy. December 18, 2025, at 12:46 p.m.", "ſeptember 11, 2008 at 9:46 am",
		"Ran on a long while before it: Sep 11, 2008 at 21:58", "Octoberfest 1, 2010 9:46", "x-Dec 18, 2025 9:46",
		"DECEMBER 16 2025, at 05:48 P.M.", "decem\u212Aber 1, 2020 1:00", "Amy\u00a0Dec 1, 2020 1:00",
	}
	pieces := []string{"Dec", "dec", "SEP", "ſep", "ember", "\u212A", "uary", "a", "z", ".", ",", " ", "  ", "1", "18",
		"2025", " at", "at", ":", "46", "9:46", " pm", "p.m.", "a.m", "PM", "-", "é", "\u00a0", "Amy ", "\n"}
	rng := rand.New(rand.NewPCG(36, 46))
	lines = textRandomLines(lines, rng, pieces, 60_000, 24)
	months := []string{"Dec", "dec", "December", "Sept", "ſeptember", "OCT", "Octob\u212Aer", "mayx"}
	for range 20_000 { // stamps behind random words
		lead := textRandomLines(nil, rng, pieces, 1, 10)[0]
		lines = append(lines, lead+months[rng.IntN(len(months))]+[]string{"", "."}[rng.IntN(2)]+" "+
			[]string{"1", "18"}[rng.IntN(2)]+[]string{"", ","}[rng.IntN(2)]+" 2025"+[]string{"", ","}[rng.IntN(2)]+
			[]string{"", " at"}[rng.IntN(2)]+" "+[]string{"9", "21"}[rng.IntN(2)]+":46"+
			[]string{"", " ", " p.m.", "am", "A.M", " pm."}[rng.IntN(6)])
	}
	matched, cut := 0, 0
	for _, s := range lines {
		want := textThreadStampRE.MatchString(s)
		tail := textThreadStampTail(s)
		if got := textThreadStampRE.MatchString(tail); got != want {
			t.Fatalf("the expression on textThreadStampTail(%q) = %q: %v, on the line %v", s, tail, got, want)
		}
		if want {
			matched++
			if len(tail) < len(s) {
				cut++
			}
		}
	}
	if matched < 1000 || cut < 500 {
		t.Fatalf("%d stamps, %d of them cut: too few to test the tail", matched, cut)
	}
	t.Logf("%d stamps of %d lines, %d cut", matched, len(lines), cut)
}
