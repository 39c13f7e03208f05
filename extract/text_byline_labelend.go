package extract

// A byline label written in lower case ("written by", "by") is joined by
// the reader to the line over it, as a sentence's line that goes on in
// lower case is (textAppendLine): under a share bar the label closes a
// block of short lines ("Copy link" / "written by"; "11 min read" /
// "updated 12 Jul 2024" / "written by"), the name alone in the block
// under it. The author box (textAuthorBox) reads only blocks of at most
// three words for the label, which keeps it off paragraphs, so it misses
// a label that closes a longer block.

// textLabelEndsBlock is the name (textLabelledByline, nameLike: the
// author box's tests) under the first block, from the body's first block
// first on, of more than three words whose last line is a byline label
// alone (textIsBylineLabel); or "". From first on, as the author box
// reads: over the body a listing's blocks read so too (a book's "by"
// over its writer, wcxb-dev listing 2908). On wcxb-dev flat articles one
// more exact author (0256, even id), no other page moved.
func textLabelEndsBlock(blocks []textBlock, first int) string {
	for i := max(first, 0); i < len(blocks)-1; i++ {
		if blocks[i].words <= 3 {
			continue // the author box's
		}
		if !textMayEndLabelByte(blocks[i].text) {
			continue // no label's last byte (textLabelledBylineName)
		}
		if name := textLabelledBylineName(blocks, i); name != "" {
			return name
		}
	}
	return ""
}
