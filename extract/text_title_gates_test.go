package extract

import (
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextTitleGatesMatchPlain holds the gates inlined where the title
// candidates are listed to the whole tests they open: textTitleHead's
// one-line test to textTitleHeadOfLines, and the counts of words that
// shortConfirmed and textTitleCasedStop ask first to shortConfirmedShort
// and textTitleCasedStopCounted, on every block of the test pages (the
// seeds, and the wcxb-dev flat pages with STORYFOLD_DATA) and of random
// pages made of headings, names, menus' entries and lines broken inside
// a sentence.
func TestTextTitleGatesMatchPlain(t *testing.T) {
	var pages [][]textBlock
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	parts := []string{"Moorings", "Moorings Full!", "Harbour Office", "Why Sail?", "Read more.", "By", "Ana Ruiz", "Home / Harbour Guides / Moorings",
		"Things to Know Before Travelling to Japan.", "The Hottest Real Estate Markets in the U.S.", "Tide Tables for Visiting Yachts",
		"the waiting list is read out at the spring meeting", "and pinned to the office door", "Keel Street", "2024", "Contact"}
	seps := []string{"\n\n", "\n\n", "\n", " "}
	rng := fastRand(131, 132)
	for range 3000 {
		pages = append(pages, textSplitBlocks(fastJoinPieces(rng, 1+rng.IntN(10), parts, seps)))
	}
	var sc textnorm.WordScanner
	heads, confirmed, cased := 0, 0, 0
	for _, blocks := range pages {
		c := newTextTitleContext(blocks, len(blocks)/2)
		for i := range blocks {
			b := &blocks[i]
			got, want := textTitleHead(b), textTitleHeadOfLines(b)
			if (got == b) != (want == b) || got.text != want.text || got.dup != want.dup || got.words != want.words {
				t.Fatalf("textTitleHead(%q) = %q, its lines' head %q", b.text, got.text, want.text)
			}
			if want != b {
				heads++
			}
			if got, want := c.shortConfirmed(i), c.shortConfirmedShort(i); got != want {
				t.Fatalf("shortConfirmed(%q) = %v, the whole test gives %v", b.text, got, want)
			} else if want {
				confirmed++
			}
			if got, want := textTitleCasedStop(b, &sc), textTitleCasedStopCounted(b, &sc); got != want {
				t.Fatalf("textTitleCasedStop(%q) = %v, the whole test gives %v", b.text, got, want)
			} else if want {
				cased++
			}
		}
	}
	t.Logf("heads %d, confirmed %d, title-cased %d", heads, confirmed, cased)
	if heads < 50 || confirmed < 50 || cased < 50 {
		t.Errorf("heads of broken lines %d, short lines confirmed %d, title-cased lines %d: want 50 or more of each", heads, confirmed, cased)
	}
}
