package extract

// A site sets, between an article's sections, a label that names the
// section's subject ("More on CMU Tepper", "More on Car Repair &
// Maintenance") over the titles of its own posts on it, one a line. The
// block model keeps the titles, which read like a section's list; the
// gold leaves the label and the titles out. A label over prose is a
// heading ("More on fields", a documentation page's) and stays, as do
// the article's own numbered headings under the titles.

// textMoreOnMaxWords is the most words of a "More on" label.
const textMoreOnMaxWords = 6

// textMoreOnTitles is the fewest titles under the label that make it the
// site's list.
const textMoreOnTitles = 2

// textLeaveOutMoreOnLists marks each kept "More on" label
// (textIsMoreOnLabel) and the post titles (textIsPostTitle) kept right
// under it, when there are textMoreOnTitles of them or more.
func textLeaveOutMoreOnLists(blocks []textBlock, keep, out []bool) {
	for i := range blocks {
		if !keep[i] || out[i] || !textIsMoreOnLabel(&blocks[i]) {
			continue
		}
		j := i + 1
		for j < len(blocks) && keep[j] && textIsPostTitle(&blocks[j]) {
			j++
		}
		if j-i-1 < textMoreOnTitles {
			continue
		}
		for k := i; k < j; k++ {
			out[k] = true
		}
	}
}

// textIsMoreOnLabel reports a whole short line opening on "More on ",
// no sentence. A label ended by a colon ("More on HBS:") reads as a
// sentence's end and is not one: not measured.
func textIsMoreOnLabel(b *textBlock) bool {
	return !b.sentEnd && textHasAnyPrefix(b.text, "More on ", "More On ") && textIsWholeShortLine(b, 3, textMoreOnMaxWords)
}

// textIsPostTitle reports a line that reads as a post's title: two to
// fourteen words, no sentence, opening on a capital letter (not a
// section's number, "6. Columbia Business School"), no cue or address.
func textIsPostTitle(b *textBlock) bool {
	if b.words < 2 || b.words > 14 || b.sentEnd || b.cue != textCueNone || b.url != "" {
		return false
	}
	return opensUpper(b.text)
}
