package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTextMarkBoundShared holds the page's one "©" reading, which the
// owner test (textNamesOwnerMarked) and the furniture step
// (textLeaveOutFurnitureLines) share through the scratch, to their
// plain forms: over random pages of notices, owners' names, menus and
// prose (the marks' look-alikes among them), one bound asked by the two
// in either order, or by one alone, gives every name's owner test as
// the search of every block (textNamesOwner), every block the furniture
// step's mark as searching it whole (textIsCopyrightLine), and counts
// the text's marks (count, which starts at the first).
func TestTextMarkBoundShared(t *testing.T) {
	rng := fastRand(125, 49)
	owners := []string{"The Hechinger Report", "Nintendo", "Jane Roe"}
	lines := []string{"© 2025 Jane Roe", "©2019 Nintendo. All rights reserved.", "Copyright © 2010–2025 The Hechinger Report",
		"Photo: Ed Poe ©", "© Getty Images", "Home", "News", "Size \xa9 chart", "Price £12 «new»", "\u00a0Subscribe \xc2",
		"The council met on Tuesday to discuss the new budget for the coming year, and the vote was close."}
	owned := 0
	for round := range 4000 {
		var page []string
		for range 1 + rng.IntN(25) {
			page = append(page, lines[rng.IntN(len(lines))])
		}
		text := strings.Join(page, "\n")
		blocks := textSplitBlocks(text)
		keep := allKept(len(blocks))
		want := make([]bool, len(blocks))
		for i := range blocks {
			want[i] = textIsCopyrightLine(&blocks[i])
		}
		marks := textMarkBound{text: text}
		furniture := func() {
			out := make([]bool, len(blocks))
			textLeaveOutFurnitureLines(blocks, keep, out, "", &marks)
			for i := range blocks {
				if out[i] && !want[i] && !textIsPictureCredit(&blocks[i], "") || !out[i] && want[i] {
					t.Fatalf("%q on %q: marked %v, its own search %v", blocks[i].text, text, out[i], want[i])
				}
			}
		}
		owner := func() {
			for _, name := range append(slices.Clip(owners), "Ed Poe", "") {
				w := textNamesOwner(blocks, name)
				if got := textNamesOwnerMarked(blocks, &marks, name); got != w {
					t.Fatalf("%q on %q: textNamesOwnerMarked = %v, every block's search %v", name, text, got, w)
				}
				if w {
					owned++
				}
			}
		}
		switch round % 4 {
		case 0:
			owner()
			furniture()
		case 1:
			furniture()
			owner()
		case 2:
			owner()
		default:
			furniture()
		}
		if n := strings.Count(text, "©"); marks.count() != n {
			t.Fatalf("%q: %d marks counted, %d in it", text, marks.count(), n)
		}
	}
	if owned < 2000 {
		t.Fatalf("%d names own their pages: too few to hold the count", owned)
	}
	if textNamesOwnerMarked(textNewBlocks("Home", "© 2025 Jane Roe"), nil, "Jane Roe") != true {
		t.Fatal("no reading: every block is searched")
	}
}
