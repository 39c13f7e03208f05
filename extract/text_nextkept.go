package extract

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// The steps that leave a body's apparatus out walk the page's blocks for
// those the block model kept and no earlier step left out, and on a long
// flattened page most are neither: on the 100 long wcxb-dev flat pages of
// BenchmarkTextWCXB some 85 blocks a page are kept (8,534 asked of
// textIsApparatus), among the menus over the body and the footer and
// teasers under it. A walk reads only the span from the first such block to the last
// (textInSpan), found from each end eight flags at a time (a bool is one
// byte, 0 or 1). Skipping every gap this way, a call for each staying
// block, cost more than it saved (287.73 -> 290.55 M over the 100 pages,
// fifty-seventh session): the blocks inside the span mostly stay.

// textNextIn returns the first index from i on that keep holds and out
// does not (out nil for none), or len(keep) when there is none; out is
// as long as keep. TestTextNextInMatchesPlain holds it to
// textNextInPlain.
func textNextIn(keep, out []bool, i int) int {
	for ; i+8 <= len(keep); i += 8 {
		x := textBools8(keep, i)
		if out != nil {
			x &^= textBools8(out, i)
		}
		if x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
	}
	return textNextInPlain(keep, out, i)
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
// walking up the page. TestTextNextInMatchesPlain holds it to
// textPrevInPlain.
func textPrevIn(keep, out []bool, i int) int {
	for ; i >= 7; i -= 8 {
		x := textBools8(keep, i-7)
		if out != nil {
			x &^= textBools8(out, i-7)
		}
		if x != 0 {
			return i - bits.LeadingZeros64(x)>>3
		}
	}
	return textPrevInPlain(keep, out, i)
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
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Pointer(&flags[i])), 8))
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
