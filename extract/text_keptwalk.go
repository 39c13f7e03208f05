package extract

import (
	"bytes"
	"unsafe"
)

// The steps after the block model walk the page's blocks for the ones
// that stay (textStays), and a block stays only when the model kept it:
// on 100 long wcxb-dev flat pages some 800 blocks a page, of which about
// 80 stay, each walk asking keep[i] of every one (a walk's loop over the
// dropped blocks was most of its count: textLeaveOutTrail 0.52 M of its
// 0.52 M). textNextKept steps over a run of dropped blocks with
// bytes.IndexByte, which reads the flags many at a time.

// textNextKept returns the first index from i whose block the model kept
// (keep), or len(keep) when none is: the next block a walk over the
// staying blocks needs to read. The flag at i is asked first, inline: the
// body's blocks follow one another, and most steps from a kept block land
// on another.
func textNextKept(keep []bool, i int) int {
	if i >= len(keep) || keep[i] {
		return i
	}
	return textSkipDropped(keep, i)
}

// textSkipDropped is textNextKept's search past a dropped block: keep's
// flags read as bytes, which the gc compiler stores as 0 and 1
// (TestTextNextKeptMatchesPlain holds it to the plain loop).
func textSkipDropped(keep []bool, i int) int {
	flags := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(keep))), len(keep))
	if k := bytes.IndexByte(flags[i:], 1); k >= 0 {
		return i + k
	}
	return len(keep)
}

// textPrevKept returns the last index up to i whose block the model kept,
// or -1 when none is: textNextKept for a walk from the body's end.
func textPrevKept(keep []bool, i int) int {
	if i < 0 || keep[i] {
		return i
	}
	flags := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(keep))), len(keep))
	return bytes.LastIndexByte(flags[:i], 1)
}
