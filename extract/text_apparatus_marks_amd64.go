//go:build !purego

package extract

// textTailMarksBlocks reports which of a, b, c and d s holds, as bits 0
// to 3, for s of sixteen bytes or more, in assembly
// (text_apparatus_marks_amd64.s): SSE2 compares sixteen bytes with all
// four at once, where four forward searches read the tail four times.
//
//go:noescape
func textTailMarksBlocks(s string, a, b, c, d byte) uint8
