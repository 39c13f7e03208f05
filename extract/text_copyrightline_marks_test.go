package extract

import (
	"strings"
	"testing"
)

// TestTextMarkBoundMatchesSearch holds textMarkBound.mayHold to the
// search it spares: over random texts of words, lines, "©" marks and
// their look-alikes (a no-break space, "£", "«", a lone 0xA9 or 0xC2),
// every piece of a text the bound says holds no mark holds none, and
// the pieces that end at the first mark's first byte and at its last
// are read as holding none and as holding it, over short texts and
// long ones. Copies of a piece (not the text's bytes), an empty piece,
// pieces of a longer string that run over the text's ends and an
// unknown text are searched.
func TestTextMarkBoundMatchesSearch(t *testing.T) {
	rng := fastRand(117, 6)
	pieces := []string{"harbour", " ", "\n", "©", "\u00a0", "£", "«", "\xa9", "\xc2", "2025", ".", "C", "All rights reserved"}
	texts := fastPieceLines(nil, rng, pieces, 3000, 1, 40)
	texts = fastPieceLines(texts, rng, pieces, 200, 500, 4000) // pages' lengths
	skipped := 0
	for _, text := range texts {
		m := newTextMarkBound(text)
		for range 40 {
			a := rng.IntN(len(text) + 1)
			b := a + rng.IntN(len(text)-a+1)
			s := text[a:b]
			if !m.mayHold(s) {
				skipped++
				if strings.Contains(s, "©") {
					t.Fatalf("text %q: piece %q (%d:%d) holds a mark, read as holding none", text, s, a, b)
				}
			}
			if c := strings.Clone(s); s != "" && !m.mayHold(c) {
				t.Fatalf("text %q: a copy of %q read as a piece of it", text, s)
			}
		}
		if f := strings.Index(text, "©"); f >= 0 {
			if m.mayHold(text[:f+1]) || !m.mayHold(text[:f+2]) || !m.mayHold(text[f+1:f+2]) {
				t.Fatalf("text %q: the pieces at the first mark (%d) misread", text, f)
			}
		} else if text != "" && m.mayHold(text) {
			t.Fatalf("text %q holds no mark, read as holding one", text)
		}
		// The text a piece of a longer string whose marks lie outside it,
		// the last split at its end: a piece running over either of its
		// ends may hold them.
		buf := "©" + text + "©"
		inner := buf[len("©") : len(buf)-1]
		in := newTextMarkBound(inner)
		for _, k := range []int{0, 1} {
			if s := buf[k : len("©")+rng.IntN(len(inner)+1)]; !in.mayHold(s) && strings.Contains(s, "©") {
				t.Fatalf("text %q: piece %q over its start read as holding no mark", inner, s)
			}
		}
		if s := buf[len("©")+rng.IntN(len(inner)+1):]; !in.mayHold(s) {
			t.Fatalf("text %q: piece %q over its end read as holding no mark", inner, s)
		}
		if u := (textMarkBound{first: len(text)}); !u.mayHold(text) {
			t.Fatalf("an unknown text's piece %q read as holding no mark", text)
		}
	}
	if skipped < 20000 {
		t.Errorf("%d pieces read as holding no mark: too few", skipped)
	}
}

// newTextMarkBound is text's "©" reading, searched: the scratch's is made
// unsearched and searched by its first reader.
func newTextMarkBound(text string) textMarkBound {
	m := textMarkBound{text: text}
	m.search()
	return m
}
