package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// The steps after the block model walk the page's blocks for those it
// kept, and on a long flattened page most are not: on the 100 long
// wcxb-dev flat pages of BenchmarkTextWCXB some 800 blocks a page, of
// which about 85 are kept (8,534 asked of textIsApparatus), among the
// menus over the body and the footer and teasers under it. Two searches
// read the flags many at a time (a bool is one byte, 0 or 1, in the gc
// compiler; textFlagBytes):
//   - The leave-out steps, which also pass over the blocks an earlier
//     step left out, read only the span from the first kept block not
//     out to the last (textInSpan), found from each end eight flags at a
//     time (textNextIn, textPrevIn). Skipping every gap inside it, a call
//     for each staying block, cost more than it saved (287.73 -> 290.55 M
//     over the 100 pages, fifty-seventh session): inside the span the
//     blocks mostly stay.
//   - The small steps after them, which walk the whole page, step over a
//     run of dropped blocks with bytes.IndexByte (textNextKept,
//     textPrevKept), whose runs are the long menus and footers: a walk's
//     loop over the dropped blocks was most of its count
//     (textLeaveOutTrail 0.52 M of its 0.52 M).

// textNextIn returns the first index from i on that keep holds and out
// does not (out nil for none), or len(keep) when there is none; out is
// as long as keep. A run of dropped blocks (the page's menus over the
// body) is passed by bytes.IndexByte, which reads 32 flags an
// instruction or so (textNextKept); a kept block left out (a menu line
// textLeaveOut took) is read with the seven after it, eight flags in one
// integer. Read eight at a time from i, the search was some 440
// instructions a call, 0.74 M of the 100 long wcxb-dev flat pages of
// BenchmarkTextWCXB (fifty-eighth session). TestTextNextInMatchesPlain
// and TestTextNextInRunsMatchPlain hold it to textNextInPlain.
func textNextIn(keep, out []bool, i int) int {
	for {
		if i = textNextKept(keep, i); i >= len(keep) {
			return len(keep)
		}
		if out == nil || !out[i] {
			return i
		}
		if i+8 > len(keep) {
			return textNextInPlain(keep, out, i)
		}
		if x := textBools8(keep, i) &^ textBools8(out, i); x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
		i += 8
	}
}

// textNextInPlain is textNextIn a block at a time.
func textNextInPlain(keep, out []bool, i int) int {
	for ; i < len(keep); i++ {
		if keep[i] && (out == nil || !out[i]) {
			return i
		}
	}
	return len(keep)
}

// textPrevIn returns the last index from i down that keep holds and out
// does not (out nil for none), or -1 when there is none: textNextIn
// walking up the page. Go's bytes.LastIndexByte reads a byte at a time,
// so a run of dropped blocks (the page's footer and teasers under the
// body) is passed 32 flags at a time, four integers of keep or'ed
// (textNoneKept32), and eight at a time where one is kept: eight at a
// time throughout, the search was 520 instructions a call, 0.89 M of the
// 100 long wcxb-dev flat pages of BenchmarkTextWCXB (fifty-eighth
// session). TestTextNextInMatchesPlain and TestTextNextInRunsMatchPlain
// hold it to textPrevInPlain.
func textPrevIn(keep, out []bool, i int) int {
	for i >= 7 {
		if i >= 31 && textNoneKept32(keep, i-31) {
			i -= 32
			continue
		}
		x := textBools8(keep, i-7)
		if out != nil {
			x &^= textBools8(out, i-7)
		}
		if x != 0 {
			return i - bits.LeadingZeros64(x)>>3
		}
		i -= 8
	}
	return textPrevInPlain(keep, out, i)
}

// textNoneKept32 reports whether none of keep[i:i+32] is set; the caller
// has checked that the 32 are there.
func textNoneKept32(keep []bool, i int) bool {
	b := textFlagBytes(keep)[i : i+32 : i+32]
	return binary.LittleEndian.Uint64(b)|binary.LittleEndian.Uint64(b[8:])|
		binary.LittleEndian.Uint64(b[16:])|binary.LittleEndian.Uint64(b[24:]) == 0
}

// textPrevInPlain is textPrevIn a block at a time.
func textPrevInPlain(keep, out []bool, i int) int {
	for ; i >= 0; i-- {
		if keep[i] && (out == nil || !out[i]) {
			return i
		}
	}
	return -1
}

// textBools8 reads flags[i:i+8] as one integer, flag i in the lowest
// byte; the caller has checked that eight are there.
func textBools8(flags []bool, i int) uint64 {
	_ = flags[i+7] // the eight are there: the load reads no further
	return binary.LittleEndian.Uint64(textFlagBytes(flags)[i:])
}

// textFlagBytes is flags read as bytes, 0 for false and 1 for true, as
// the gc compiler stores them (the Plain tests hold every reader of it).
func textFlagBytes(flags []bool) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(flags))), len(flags))
}

// textNextKept returns the first index from i whose block the model kept
// (keep), or len(keep) when none is: textNextIn without out, by
// bytes.IndexByte for the long runs of dropped blocks a walk over the
// whole page meets. The flag at i is asked first, inline: the body's
// blocks follow one another, and most steps from a kept block land on
// another.
func textNextKept(keep []bool, i int) int {
	if i >= len(keep) || keep[i] {
		return i
	}
	return textSkipDropped(keep, i)
}

// textSkipDropped is textNextKept's search past a dropped block.
func textSkipDropped(keep []bool, i int) int {
	if k := bytes.IndexByte(textFlagBytes(keep)[i:], 1); k >= 0 {
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
	return bytes.LastIndexByte(textFlagBytes(keep)[:i], 1)
}

// textInSpan returns the span [lo, hi) from the first index keep holds
// and out does not (out nil for none) to just past the last, lo == hi
// when there is none: a walk over the blocks kept and not left out
// reads only the span, where the page's menus over the body and its
// footer under it lie outside. Marking blocks out as it goes, a walk
// only narrows the span it read first.
func textInSpan(keep, out []bool) (lo, hi int) {
	if lo = textNextIn(keep, out, 0); lo == len(keep) {
		return lo, lo
	}
	return lo, textPrevIn(keep, out, len(keep)-1) + 1
}
