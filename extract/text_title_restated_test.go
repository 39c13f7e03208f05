package extract

import (
	"strings"
	"testing"
)

// textRestatedLines are the lines the restated-in-body tests' pages are
// drawn from: a menu, a headline, its dek and a sentence set again and
// again.
var textRestatedLines = []string{"Home", "Harbour works at Keel Street Quay", "Ferries", "Tides for the week ahead",
	"The quay reopens after the winter's repairs, the harbour board said on Monday.", "Contact"}

// TestTextRestatedInBodyMatchesPlain holds restatedInBody, which compares
// a candidate with the body's blocks that have copies (dup), listed once
// a page, to inBody's search of the whole body, for every block above
// every body start of pages drawn from textRestatedLines, and for a head
// that is not its block.
func TestTextRestatedInBodyMatchesPlain(t *testing.T) {
	rng := fastRand(61, 62)
	asked, found := 0, 0
	for range 400 {
		page := fastDraws(rng, textRestatedLines, 2, 30)
		blocks := textSplitBlocks(strings.Join(page, "\n\n"))
		for first := range len(blocks) + 1 {
			c := newTextTitleContext(blocks, first)
			for i := range first {
				b := &blocks[i]
				if b.dup == 0 {
					continue
				}
				got, want := c.restatedInBody(i, b), c.inBody(b.text)
				if got != want {
					t.Fatalf("block %d of %d, body from %d (%q): restatedInBody %v, inBody %v", i, len(blocks), first, b.text, got, want)
				}
				asked++
				found += textBool(got)
				other := *b // a head that is not its block: the body is searched
				if got := c.restatedInBody(i, &other); got != want {
					t.Fatalf("a copy of block %d's head: restatedInBody %v, inBody %v", i, got, want)
				}
			}
		}
	}
	if asked < 1000 || found < asked/10 || found > asked-asked/10 {
		t.Errorf("%d candidates asked, %d restated: too few either way", asked, found)
	}
}

// TestTextRestatedInBodyRoomReused holds restatedInBody to inBody when
// its list is made in room lent by the page before (textTitleRoom.copies,
// as textTitleVectorsIn lends it, the earlier page's texts still in it):
// a list that kept them would find a candidate restated that the body
// does not state.
func TestTextRestatedInBodyRoomReused(t *testing.T) {
	rng := fastRand(63, 64)
	var room []string
	asked, found := 0, 0
	for range 2000 {
		page := fastDraws(rng, textRestatedLines, 2, 12)
		blocks := textSplitBlocks(strings.Join(page, "\n\n"))
		first := rng.IntN(len(blocks) + 1)
		c := newTextTitleContext(blocks, first)
		c.copies = room
		for i := range first {
			b := &blocks[i]
			if b.dup == 0 {
				continue
			}
			if got, want := c.restatedInBody(i, b), c.inBody(b.text); got != want {
				t.Fatalf("block %d of %d, body from %d (%q), room %q: restatedInBody %v, inBody %v", i, len(blocks), first, b.text, room, got, want)
			}
			asked++
			found += textBool(c.copied && len(c.copies) > 0)
		}
		room = c.copies
	}
	if asked < 1000 || found < asked/10 {
		t.Errorf("%d candidates asked, %d with a list: too few", asked, found)
	}
}
