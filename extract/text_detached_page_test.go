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

// TestTextMayDetachMatchesContains holds textMayDetach, which seeks a
// rare byte of each pattern and reads the bytes around it, to
// strings.Contains of the four patterns: on the test pages and on texts
// of the patterns' pieces, at their starts and ends too.
func TestTextMayDetachMatchesContains(t *testing.T) {
	plain := func(text string) bool {
		return strings.Contains(text, " ,") || strings.Contains(text, " 's") || strings.Contains(text, " ’s") ||
			strings.Contains(text, " n't")
	}
	var texts []string
	for _, p := range textSpeedPages(t) {
		texts = append(texts, string(p.Content))
	}
	rng := fastRand(203, 204)
	pieces := []string{" ", "n", "t", "s", ",", "'", "’", "\xe2", "\xe2\x80", "\x99", "\x99s", "a", "’t", "‘s", "\n"}
	for range 100000 {
		texts = append(texts, fastPieces(rng, pieces, 0, 8))
	}
	held := 0
	for _, text := range texts {
		got, want := textMayDetach(text), plain(text)
		if got != want {
			t.Fatalf("textMayDetach(%q) = %v, strings.Contains %v", text, got, want)
		}
		held += textBool(want)
	}
	if held < 1000 || held > len(texts)-1000 {
		t.Errorf("%d of %d texts hold a pattern: the texts test little", held, len(texts))
	}
}
