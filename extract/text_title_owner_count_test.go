package extract

import (
	"strings"
	"testing"
)

// TestTextNamesOwnerInMatchesAll holds textNamesOwnerIn, which counts the
// page's "©" marks once and stops its walk from the last block when it
// has found them, to textNamesOwner's search of every block: over random
// pages of notices (one, two or none; glued, after a space, twice on a
// line, as a line's second half joined to the line before, repeated as a
// menu repeats), owners' names, headings, prose long enough to be cut
// into sentences and the marks' look-alikes (0xC2 before another byte,
// a lone 0xA9), each page's text cut into blocks as the flat path cuts
// it, every name asked of both.
func TestTextNamesOwnerInMatchesAll(t *testing.T) {
	rng := fastRand(113, 48)
	owners := []string{"The Hechinger Report", "Esprit Barbecue", "Nintendo", "Jane Roe", "Kansas Legal Services"}
	notices := []string{"© 2025 %s", "©2019 %s. All rights reserved.", "Copyright © 2010–2025 %s", "Photo: Ed Poe © %s",
		"© Getty Images", "Images © Ed Poe and © %s", "this site is © 1998-2025 %s", "and © 2025 %s"}
	lines := []string{"Home", "News", "Menu", "Skip to content", "\u00a0Subscribe", "Price £12 «new»", "Size \xa9 chart",
		"The council met on Tuesday to discuss the new budget for the coming year, and the vote was close.",
		strings.Repeat("The river rose again.Another storm followed soon after.", 6)}
	yes, asked := 0, 0
	for range 3000 {
		var page []string
		for range 3 + rng.IntN(30) {
			if rng.IntN(6) == 0 {
				n := notices[rng.IntN(len(notices))]
				page = append(page, strings.ReplaceAll(n, "%s", owners[rng.IntN(len(owners))]))
				continue
			}
			if len(page) > 0 && rng.IntN(8) == 0 {
				page = append(page, page[rng.IntN(len(page))]) // a menu's line again
				continue
			}
			page = append(page, lines[rng.IntN(len(lines))])
		}
		text := strings.Join(page, "\n")
		blocks := textSplitBlocks(text)
		if n, m := strings.Count(text, "©"), textBlocksCopyrights(blocks); m > n {
			t.Fatalf("the blocks hold %d marks, their text %d: %q", m, n, text)
		}
		for _, name := range append(owners, "", "Ed Poe", "Getty") {
			want := textNamesOwner(blocks, name)
			if got := textNamesOwnerIn(blocks, text, name); got != want {
				t.Fatalf("%q on %q: textNamesOwnerIn = %v, every block's search %v", name, text, got, want)
			}
			asked++
			if want {
				yes++
			}
		}
	}
	if yes < asked/20 {
		t.Fatalf("%d of %d names own a page: too few to hold the walk's stop", yes, asked)
	}
	if textNamesOwnerIn(textNewBlocks("Home", "© 2025 Jane Roe"), "", "Jane Roe") != true {
		t.Fatal("no text: every block is searched")
	}
}

// textBlocksCopyrights counts the "©" marks of blocks.
func textBlocksCopyrights(blocks []textBlock) int {
	n := 0
	for i := range blocks {
		n += strings.Count(blocks[i].text, "©")
	}
	return n
}

// textNamesOwnerIn is textNamesOwnerMarked told the page's text, its
// "©" reading unsearched as the scratch makes it.
func textNamesOwnerIn(blocks []textBlock, text, s string) bool {
	return textNamesOwnerMarked(blocks, &textMarkBound{text: text}, s)
}
