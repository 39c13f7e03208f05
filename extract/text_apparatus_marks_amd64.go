//go:build !purego

package extract

// textTailMarksBlocks is textCaptionTailMarks's marks of s (colon, slash,
// bar, "vi" and "y ", as bits 0 to 4), for s of seventeen bytes or more,
// in assembly (text_apparatus_marks_amd64.s):
// SSE2 compares sixteen bytes and the sixteen a byte on with all of them
// at once, where a search for each read the tail again.
//
//go:noescape
func textTailMarksBlocks(s string) uint8
