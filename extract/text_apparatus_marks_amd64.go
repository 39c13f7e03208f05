//go:build !purego

package extract

import "unsafe"

// textTailMarksBlocks is textCaptionTailMarks's marks of s (colon, slash,
// bar, "vi" and "y ", as bits 0 to 4), for s of seventeen bytes or more,
// in assembly (text_apparatus_marks_amd64.s):
// SSE2 compares sixteen bytes and the sixteen a byte on with all of them
// at once, where a search for each read the tail again.
//
//go:noescape
func textTailMarksBlocks(s string) uint8

// textTailMarksShort is textCaptionTailMarks's marks of s shorter than
// seventeen bytes: s copied into seventeen zero bytes, which the blocks'
// pass reads. A zero byte is none of the marks' bytes, and a tail's last
// byte is followed by none in the plain loop too, so the padding changes
// no answer. Read a byte at a time, such tails were some 218 instructions
// each (1,412 tails, 0.31 M of 100 wcxb-dev flat pages, many of them
// title candidates; fifty-ninth session).
func textTailMarksShort(s string) uint8 {
	var pad [17]byte
	copy(pad[:], s)
	return textTailMarksBlocks(unsafe.String(&pad[0], len(pad)))
}
