package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextMayDetachCoversMarks holds the page's one question
// (textMayDetach) to textDetachedAt: a text it answers false for holds no
// detached mark in any piece of it, and the line reader's parts are the
// same as with every line searched. Invented pages (each mark alone, and
// near misses) and 3,000 random pages of the marks' pieces, lines and
// words; pages with each mark must turn up.
func TestTextMayDetachCoversMarks(t *testing.T) {
	pages := []string{
		"", "No mark here.\nNor here, at all.", "Putin 's key ally", "in support of\nMoscow ’s war",
		"they do n't know", "Ukraine , according to", "a line ,\nnext", "don't, won't’s",
		"a “quote” — dash", "word\n, next", "x n’t y", "it’s fine", "The estimates of\nKim Jong-un 's role as the one",
	}
	rng := fastRand(35, 42)
	pieces := []string{" ", " ", "\n", ",", "'", "’", "n", "t", "s", "n't", "'s", "’s", " ,", " 's", " ’s", " n't",
		"word", "Word", "a", "5", ")", "-", "\xe2", "é", ". ", "\t", "\u200b"}
	for len(pages) < 3000 {
		pages = append(pages, fastPieces(rng, pieces, 0, 40))
	}
	var marked [4]int // pages with each mark detached, in the order of want
	want := []string{" ,", " 's", " ’s", " n't"}
	for _, text := range pages {
		for i, m := range want {
			if strings.Contains(text, m) && textDetachedAt(text, 0) >= 0 {
				marked[i]++
			}
		}
		if got, plain := textSplitParts(text, nil, nil, textMayDetach(text)), textSplitParts(text, nil, nil, true); !slices.Equal(got, plain) {
			t.Fatalf("parts of %q: %q, searched %q", text, got, plain)
		}
		if textMayDetach(text) {
			continue
		}
		for a := range len(text) + 1 {
			for b := a; b <= len(text); b++ {
				if at := textDetachedAt(text[a:b], 0); at >= 0 {
					t.Fatalf("textMayDetach(%q) false, but %q holds a detached mark at %d", text, text[a:b], at)
				}
			}
		}
	}
	for i, n := range marked {
		if n == 0 {
			t.Errorf("no page with %q detached", want[i])
		}
	}
}

// textMayDetachPlain is textMayDetach as it was before " ," was sought
// whole: by its comma, each comma's byte before it looked at.
func textMayDetachPlain(text string) bool {
	return textHolds(text, " ,", 1, "") || textHolds(text, " 's", 1, " n't") ||
		textHolds(text, " ’s", len(" ’")-1, "")
}

// TestTextMayDetachMatchesPlain holds textMayDetach to its plain form on
// invented texts (a comma after a space at the start, the end and in
// between, commas after other bytes), 3,000 random texts of the marks'
// pieces and every speed page; texts with and without a detached comma
// must turn up.
func TestTextMayDetachMatchesPlain(t *testing.T) {
	texts := []string{"", ",", " ,", ", ", "a ,b", "a,b", "a\t,b", "a  ,", strings.Repeat("word, ", 200) + "end ,",
		strings.Repeat("word, ", 200), strings.Repeat(" ", 100) + ","}
	rng := fastRand(194, 35)
	pieces := []string{" ", " ", "\n", ",", ",", "'", "’", "n't", "'s", "word", "a", "\xe2", "é", ". "}
	for range 3000 {
		texts = append(texts, fastPieces(rng, pieces, 0, 60))
	}
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	held := [2]int{}
	for _, text := range texts {
		got, want := textMayDetach(text), textMayDetachPlain(text)
		if got != want {
			t.Fatalf("textMayDetach(%q) = %v, the plain form %v", text, got, want)
		}
		held[textBool(strings.Contains(text, " ,"))]++
	}
	if held[0] < 100 || held[1] < 100 {
		t.Fatalf("%d texts without a detached comma and %d with one: the test reaches too little", held[0], held[1])
	}
}
