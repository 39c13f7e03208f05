package extract

import (
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
	rng := fastRand(36, 46)
	lines = fastPieceLines(lines, rng, pieces, 60_000, 0, 24)
	months := []string{"Dec", "dec", "December", "Sept", "ſeptember", "OCT", "Octob\u212Aer", "mayx"}
	for range 20_000 { // stamps behind random words
		lead := fastPieceLines(nil, rng, pieces, 1, 0, 10)[0]
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

// TestTextYearBeforeClockCoversStamp checks that textYearBeforeClock, in
// front of textThreadStampRE, refuses no line the expression matches, on
// invented stamps and 100,000 random lines of stamp pieces ending in a
// clock, and that it refuses opening hours and other clocks with no year
// before them, as it is there to.
func TestTextYearBeforeClockCoversStamp(t *testing.T) {
	pieces := []string{"Dec", "sep", "ember", "\u212A", "a", "A", "t", "T", ".", ",", " ", "1", "18", "2025", "202",
		" at", " AT", "at", ":", "46", "-", "é", "\u00a0", "Amy "}
	clocks := []string{"9:46", "21:58", "05:48", "3:15-5:15", "123:45", ":46"}
	tails := []string{"", " pm", "PM", " a.m.", "A.M", "pm."}
	rng := fastRand(48, 55)
	lines := []string{"Dec 18, 2025 9:46", "December 16 2025, at 05:48 P.M.", "Oct 16, 2010 AT 21:58", "Sep 1, 2020at 1:00"}
	pick := func(from ...string) string { return from[rng.IntN(len(from))] }
	maybe := func(right string, wrong ...string) string { // right four times in five
		if rng.IntN(5) > 0 {
			return right
		}
		return pick(wrong...)
	}
	for _, lead := range fastPieceLines(nil, rng, pieces, 100_000, 0, 12) {
		if rng.IntN(2) == 0 { // a stamp's pieces in order, each maybe wrong
			lead += pick("Dec", "sep", "OCTOBER") + pick("", ".") + maybe(" ", "", ",", ". ") + pick("1", "18") +
				pick("", ",") + maybe(" ", "", "-") + maybe("2025", "202", "12025", "2o25") + pick("", ",") +
				maybe(pick("", " at", " AT"), "at", " an", " a", "t", " ta")
		}
		lines = append(lines, lead+pick("", " ", "  ")+pick(clocks...)+pick(tails...))
	}
	matched, refused := 0, 0
	for _, s := range lines {
		if !textEndsInClock(s) {
			continue
		}
		gate := textYearBeforeClock(s)
		if textThreadStampRE.MatchString(s) {
			matched++
			if !gate {
				t.Fatalf("textYearBeforeClock(%q) = false, the expression matches", s)
			}
		} else if !gate {
			refused++
		}
	}
	if matched < 1000 || refused < 1000 {
		t.Fatalf("%d stamps and %d refused lines: too few to test the gate", matched, refused)
	}
	for _, s := range []string{"Tuesday 3:15-5:15pm", "Mondays, 9:00-10:30 AM", "Sundays 7:15 - 9:15pm", "Doors at 19:30"} {
		if textYearBeforeClock(s) {
			t.Errorf("textYearBeforeClock(%q) = true, want false", s)
		}
	}
	t.Logf("%d stamps, %d lines refused", matched, refused)
}
