package extract

import "unsafe"

// foldSkip is hasFoldPiece's reading of a list of long pieces, by
// windows of the shortest piece's length m that move as Wu and Manber's
// matcher moves them (as phrases.scan does, the bytes folded to lower
// case): the window's last two bytes, each with its 0x20 bit set, say how
// far it can move before it could end on a piece's m-th byte. The byte
// loop stopped at every byte that opens a piece in either case, and the
// pieces open with common letters ("c", "a", "p", "t", "u" of
// textDisclosurePayPieces, "c", "a", "e", "r" of textSiteNotePieces):
// each kept block at a body's head was read at some five instructions a
// byte (textIsLinkDisclosure, textIsSiteNote; forty-seventh session,
// docs/quality/text-extraction-3.md). Setting the 0x20 bit maps a letter
// in either case to the piece's lower-case byte and a space or a dash to
// itself, so a window that ends on a piece's place is never moved past;
// the pieces found there are then compared in full, the letters folded
// (equalFoldASCII), as the byte loop compares them.
type foldSkip struct {
	m int // the shortest piece's length
	// step maps two folded bytes, the first lowest, to how far the window
	// ending on them moves: 0 when they end some piece's first m bytes.
	step [1 << 16]uint8
}

// foldSkipFrom is the shortest piece of a list read by windows. Over the
// lines of 200 wcxb-dev flat pages the windows read
// textDisclosurePayPieces (m = 5) in 0.43 of the byte loop's time and
// textSiteNotePieces (10) in 0.14, disclaimerPieces (7) in the same; of
// the lists of four bytes viewCountPieces gained a little and
// photoCreditPieces and newsletterAskPieces lost a tenth, and of three
// bytes the windows took half as long again.
const foldSkipFrom = 5

// newFoldSkip lays out list for foldSkip.has, or returns nil when a piece
// is shorter than foldSkipFrom, longer than 255 bytes, or holds a byte
// whose 0x20 bit is unset (an upper-case letter), which the folded
// windows would not find.
func newFoldSkip(list []string) *foldSkip {
	m := 0
	for _, w := range list {
		if len(w) < foldSkipFrom || len(w) > 255 {
			return nil
		}
		for i := range len(w) {
			if w[i]|0x20 != w[i] {
				return nil
			}
		}
		if m == 0 || len(w) < m {
			m = len(w)
		}
	}
	if m == 0 {
		return nil
	}
	f := &foldSkip{m: m}
	for k := range f.step {
		f.step[k] = uint8(m - 1)
	}
	for _, w := range list {
		for j := 0; j+1 < m; j++ { // the pair at j, j+1 of w's first m bytes
			k := uint16(w[j]) | uint16(w[j+1])<<8
			f.step[k] = min(f.step[k], uint8(m-2-j))
		}
	}
	return f
}

// has reports whether s holds one of list (the pieces f was laid out
// for) in any ASCII letter case. A window's last pair is read through
// phrasePairAt, without bounds checks, as phrases.scan reads its own: k
// starts at back (m-2, at least 3) and stops before end, len(s)-1, so
// both bytes lie inside s, and a text shorter than a window never enters
// the loop. The compiler checked the pair's first byte of every window,
// as its index moves by the step table's values (forty-eighth session,
// docs/quality/text-extraction-3.md; TestHasFoldPieceMatchesContains).
func (f *foldSkip) has(s string, list []string) bool {
	back := f.m - 2                           // from a window's last pair to its first byte
	at, end := unsafe.StringData(s), len(s)-1 // a window's last pair opens before end
	for k := back; k < end; {
		// the 0x20 bit set in both bytes at once, as foldSkip's comment says
		if v := f.step[phrasePairAt(at, k)|0x2020]; v != 0 {
			k += int(v)
			continue
		}
		from := s[k-back:]
		for _, w := range list {
			if len(from) >= len(w) && equalFoldASCII(from[:len(w)], w) {
				return true
			}
		}
		k++
	}
	return false
}
