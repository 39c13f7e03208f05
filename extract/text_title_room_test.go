package extract

import (
	"slices"
	"testing"
)

// TestTextTitleRoomDropped holds textTitleRoom.drop, which clears each
// list to its length, to clearing them to their capacity: after every
// page read into one scratch (textTitleVectorsIn), the heads, texts
// and list hold no pointer into the page to their capacity. The
// test pages are read in turn and then backwards, each with the body's
// start at three places, so that a page with fewer candidates follows
// one with more (counted: the test fails when none does).
func TestTextTitleRoomDropped(t *testing.T) {
	s := newTextScratch()
	pages := textSpeedPages(t)
	pages = pages[:min(len(pages), 200)]
	order := slices.Clone(pages)
	for i := len(pages) - 1; i >= 0; i-- {
		order = append(order, pages[i])
	}
	shrunk, last := 0, 0
	for _, p := range order {
		blocks := textSplitBlocksIn(string(p.Content), s)
		for _, first := range []int{min(len(blocks), 4), len(blocks) / 3, len(blocks) / 2} {
			cands, _ := textTitleVectorsIn(p, blocks, first, len(blocks), s)
			if len(cands) < last {
				shrunk++
			}
			last = len(cands)
			r := &s.titleRoom
			if i := slices.IndexFunc(r.heads[:cap(r.heads)], func(b *textBlock) bool { return b != nil }); i >= 0 {
				t.Fatalf("%s, body from %d: head %d of the room's %d still points into the page", p.ID, first, i, cap(r.heads))
			}
			for name, l := range map[string][]string{"texts": r.texts, "list": r.list} {
				if i := slices.IndexFunc(l[:cap(l)], func(x string) bool { return x != "" }); i >= 0 {
					t.Fatalf("%s, body from %d: the room's %s hold %q at %d of %d", p.ID, first, name, l[:cap(l)][i], i, cap(l))
				}
			}
		}
	}
	if shrunk == 0 {
		t.Fatal("no page had fewer candidates than the one before: the room's lists were never left longer than a page wrote")
	}
}
