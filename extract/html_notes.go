package extract

// A body's footnotes and endnotes (the blocks of an element named
// "footnotes", "endnotes", "wp-block-footnotes", "fn-text" …) are end
// matter the gold of most article pages leaves: on wcxb-dev articles the
// model keeps such notes on 12 pages, and the gold holds them on 4 of them
// (even ids 2 of 7, odd 2 of 5).
// Only notes in the body's second half go: a box named so higher up is a
// side note the story may hold.
//
// Only a block element names its blocks as notes. The marker that points
// at a note is an inline element inside the sentence it annotates
// (Substack's <a class="footnote-anchor">, the Modern Footnotes plugin's
// <sup class="modern-footnotes-footnote">): its name said the whole
// paragraph was a note, and dropNotes took the story's own paragraphs from
// its second half. wcxb-dev html: articles 0.96386 -> 0.96393 (even ids
// 0.96284 -> 0.96294, odd 0.96489 -> 0.96493), 0460 +0.055 and 0481
// +0.014, no other page moved.

// htmlNotesAfter is the share of a body's characters that must come
// before a notes block for it to go.
const htmlNotesAfter = 0.5

// htmlNotesMinBlocks is the fewest notes blocks that go: one line of fine
// print styled as a footnote ("This program is subject to change …") is
// not a section of notes.
const htmlNotesMinBlocks = 2

// dropNotes returns bs without the blocks named as footnotes or endnotes
// (cueNotes) that come after htmlNotesAfter of the body's characters. A
// body taken from a candidate carries no names and is kept whole.
func dropNotes(bs []block) []block {
	total, any := 0, false
	for _, b := range bs {
		total += len(b.text)
		any = any || b.names&cueNotes != 0
	}
	if !any {
		return bs
	}
	out := bs[:0:0]
	before := 0
	for _, b := range bs {
		if b.names&cueNotes == 0 || float64(before) < htmlNotesAfter*float64(total) {
			out = append(out, b)
		}
		before += len(b.text)
	}
	if len(bs)-len(out) < htmlNotesMinBlocks {
		return bs
	}
	return out
}
