package extract

import (
	"slices"
	"testing"
)

// TestTextRepeatStepsMatchPlain holds the repeats' window
// (textRepeatSteps.stop, with its loop of four moves a test far from the
// line's end and its walk of the blocks) to the plain loop of one move a
// test over each line: from every place of lines up to 400 bytes (the
// first stop, in that line or a later one), with texts of four to thirty
// bytes filed at windows of 4 to 30 (most moves long, so that the four
// moves run, and stops both near and far from the line's end); and over
// the page of lines, some shorter than the window, every stop in order.
func TestTextRepeatStepsMatchPlain(t *testing.T) {
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
	// plainStop is stop by plain, line by line
	plainStop := func(st *textRepeatSteps, blocks []textBlock, j, e, m int) (int, int) {
		for ; j < len(blocks); j, e = j+1, m-1 {
			if e = plain(st, blocks[j].text, e); e < len(blocks[j].text) {
				return j, e
			}
		}
		return j, e
	}
	rng := fastRand(41, 42)
	letters := []string{"a", "b", "c", "d", "e", " ", "ab", "ba", "the ", "\n", " | ", "é", "Q"}
	piece := func(n int) string { return textRandomPiece(rng, letters, n) }
	far, stops, walked := 0, 0, 0
	for range 2000 {
		m := 4 + rng.IntN(27)
		var st textRepeatSteps
		var blocks []textBlock
		for range 1 + rng.IntN(4) {
			blocks = append(blocks, textBlock{text: piece(rng.IntN(400))})
			if rng.IntN(3) == 0 {
				blocks = append(blocks, textBlock{text: piece(rng.IntN(m))}) // under the window
			}
		}
		for range 1 + rng.IntN(6) {
			s := piece(m + rng.IntN(10))
			if rng.IntN(2) == 0 { // a piece of a line: its window stops there
				line := blocks[rng.IntN(len(blocks))].text
				if len(line) >= m+1 {
					i := rng.IntN(len(line) - m + 1)
					s = line[i : i+m]
				}
			}
			st.file(s, m)
		}
		st.fill(m)
		for j, b := range blocks {
			line := b.text
			for e := max(3, m-1); e < len(line); e++ {
				gotJ, got := st.stop(blocks, j, e)
				wantJ, want := plainStop(&st, blocks, j, e, m)
				if gotJ != wantJ || gotJ < len(blocks) && got != want {
					t.Fatalf("stop(%q, %d) at a window of %d = block %d, %d; one move a test gives block %d, %d", line, e, m, gotJ, got, wantJ, want)
				}
				if e < len(line)-3*int(st.shift[0]) {
					far++
					if wantJ == j {
						stops++
					}
				}
			}
		}
		// the page's stops in order, as the repeats walk them
		j, e := st.stop(blocks, 0, m-1)
		wantJ, want := plainStop(&st, blocks, 0, m-1, m)
		for ; j < len(blocks); j, e = st.stop(blocks, j, e+1) {
			if j != wantJ || e != want {
				t.Fatalf("a walk of %d lines at a window of %d stopped at block %d, %d; one move a test gives block %d, %d", len(blocks), m, j, e, wantJ, want)
			}
			walked++
			wantJ, want = plainStop(&st, blocks, wantJ, want+1, m)
		}
		if wantJ != len(blocks) {
			t.Fatalf("a walk of %d lines at a window of %d ended before block %d, %d", len(blocks), m, wantJ, want)
		}
	}
	if far < 10000 || stops < 1000 || walked < 1000 {
		t.Errorf("the four moves ran from %d places, %d of them to a stop, and the walks made %d stops; want 10,000, 1,000 and 1,000 or more", far, stops, walked)
	}
}

// TestTextRepeatsCopiesMatchPlain holds the repeats of texts stated more
// than once among the candidates (filed once, a copy taking its first's
// repeats at the end: textOpenings.add) to the plain search over every
// line, with each text of random lines and of their pieces given one to
// three times in a shuffled order, beside texts under four bytes.
func TestTextRepeatsCopiesMatchPlain(t *testing.T) {
	rng := fastRand(43, 44)
	letters := []string{"a", "b", "c", " ", "ab", "ba", "\n", " | ", "é", "Home"}
	piece := func(n int) string { return textRandomPiece(rng, letters, n) }
	copies := 0
	for range 3000 {
		blocks := textRandomBlocks(rng, piece, 1+rng.IntN(6), 80)
		var texts []string
		for range 1 + rng.IntN(6) {
			s := piece(1 + rng.IntN(20))
			if rng.IntN(2) == 0 {
				line := blocks[rng.IntN(len(blocks))].text
				i := rng.IntN(len(line) + 1)
				s = line[i:min(len(line), i+1+rng.IntN(20))]
			}
			for range 1 + rng.IntN(3) {
				texts = append(texts, s)
			}
		}
		rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
		reps := textTitleRepeats(blocks, texts)
		for k, s := range texts {
			want := textRepeatsOverLines(blocks, s)
			if reps[k] != want {
				t.Fatalf("repeats of %q (text %d of %q) = %+v, every line gives %+v", s, k, texts, reps[k], want)
			}
			if len(s) >= 4 && want.inside >= 0 && slices.Index(texts, s) < k {
				copies++
			}
		}
	}
	if copies < 1000 {
		t.Errorf("only %d copies of texts found on their lines, want 1,000 or more", copies)
	}
}

// TestTextRepeatsHeadsMatchPlain holds the repeats' stops, turned away
// where the window opens with a byte no filed text opens with
// (textOpenings.heads), to the plain search over every line, with texts
// cut from the lines and, as often, the same piece under another first
// byte: texts that share the window's key and differ at their heads.
func TestTextRepeatsHeadsMatchPlain(t *testing.T) {
	rng := fastRand(45, 46)
	letters := []string{"a", "b", "c", "A", "B", " ", "ab", "\n", " | ", "é", "ü"}
	piece := func(n int) string { return textRandomPiece(rng, letters, n) }
	found := 0
	for range 3000 {
		blocks := textRandomBlocks(rng, piece, 1+rng.IntN(5), 120)
		var texts []string
		for range 1 + rng.IntN(6) {
			line := blocks[rng.IntN(len(blocks))].text
			i := rng.IntN(len(line) + 1)
			s := line[i:min(len(line), i+4+rng.IntN(12))]
			texts = append(texts, s)
			if s != "" && rng.IntN(2) == 0 {
				texts = append(texts, string("aAbB \xc3\xa9"[rng.IntN(7)])+s[1:])
			}
		}
		reps := textTitleRepeats(blocks, texts)
		for k, s := range texts {
			want := textRepeatsOverLines(blocks, s)
			if reps[k] != want {
				t.Fatalf("repeats of %q (text %d of %q) = %+v, every line gives %+v", s, k, texts, reps[k], want)
			}
			if want.inside > 0 {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d texts found again on their lines, want 1,000 or more", found)
	}
}
