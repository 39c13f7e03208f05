package extract

import "strings"

// A blog's comment thread, flattened, heads each comment with the
// commenter's name and a date line ("Jane Roe says:" / "July 14, 2015 at
// 4:30 pm"). The comments read as prose, and when the thread has no
// heading the span cues know ("12 Comments", "Leave a Reply") the block
// model kept them as body. On the wcxb-dev flat article pages 284 such
// heads stand before text the gold body leaves out and 1 before text it
// keeps; forum pages, whose posts are their body, head posts otherwise
// ("jdoe said:") and hold none (docs/quality.md, "Text extraction",
// fourth stop).

// textCommentHeadMaxWords is the longest comment head: a name of up to
// four words and "says".
const textCommentHeadMaxWords = 6

// textIsCommentHead reports whether block i heads a comment: a short line
// ending in "says" (or "says:") with a date line right under it.
func textIsCommentHead(blocks []textBlock, i int) bool {
	b := &blocks[i]
	if b.words < 2 || b.words > textCommentHeadMaxWords || i+1 >= len(blocks) {
		return false
	}
	s := strings.TrimSuffix(b.text, ":")
	if len(s) < 5 || !strings.EqualFold(s[len(s)-5:], " says") {
		return false
	}
	return textIsDateOnly(&blocks[i+1])
}

// textKeepToComments drops every block from the first comment head at or
// after the body's start: what follows is the thread, not the article.
func textKeepToComments(blocks []textBlock, first int, keep []bool) {
	for i := max(first, 0); i < len(blocks); i++ {
		if textIsCommentHead(blocks, i) {
			clear(keep[i:])
			return
		}
	}
}
