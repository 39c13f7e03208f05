package extract

import (
	"strings"
	"testing"
)

// TestTextRepeatStepsNextMatchesPlain holds the repeats' window
// (textRepeatSteps.next, with its loop of four moves a test far from the
// line's end, nextFar) to the plain loop of one move a test, from every
// place of lines up to 400 bytes, with texts of four to thirty bytes
// filed at windows of 4 to 30 (most moves long, so that the four moves
// run, and stops both near and far from the line's end).
func TestTextRepeatStepsNextMatchesPlain(t *testing.T) {
	plain := func(st *textRepeatSteps, line string, e int) int {
		for e < len(line) {
			d := st.shift[st.step[textRepeatSlot(textOpening(line, e-3))]]
			if d == 0 {
				break
			}
			e += int(d)
		}
		return e
	}
	rng := fastRand(41, 42)
	letters := []string{"a", "b", "c", "d", "e", " ", "ab", "ba", "the ", "\n", " | ", "é", "Q"}
	piece := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(letters[rng.IntN(len(letters))])
		}
		return b.String()
	}
	far, stops := 0, 0
	for range 2000 {
		m := 4 + rng.IntN(27)
		var st textRepeatSteps
		var lines []string
		for range 1 + rng.IntN(4) {
			lines = append(lines, piece(rng.IntN(400)))
		}
		for range 1 + rng.IntN(6) {
			s := piece(m + rng.IntN(10))
			if rng.IntN(2) == 0 { // a piece of a line: its window stops there
				line := lines[rng.IntN(len(lines))]
				if len(line) >= m+1 {
					i := rng.IntN(len(line) - m + 1)
					s = line[i : i+m]
				}
			}
			st.file(s, m)
		}
		st.fill(m)
		for _, line := range lines {
			for e := max(3, m-1); e < len(line); e++ {
				got, want := st.next(line, e), plain(&st, line, e)
				if got != want {
					t.Fatalf("next(%q, %d) at a window of %d = %d, one move a test gives %d", line, e, m, got, want)
				}
				if e < len(line)-3*int(st.shift[0]) {
					far++
					if want < len(line) {
						stops++
					}
				}
			}
		}
	}
	if far < 10000 || stops < 1000 {
		t.Errorf("the four moves ran from %d places, %d of them to a stop; want 10,000 and 1,000 or more", far, stops)
	}
}
