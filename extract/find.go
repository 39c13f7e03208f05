package extract

import (
	"iter"
	"strings"
)

// occurrences yields the byte offset of each non-overlapping occurrence
// of sub in s, from the left; nothing for an empty sub, which would be
// found at every step.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for at := 0; ; {
			k := strings.Index(s[at:], sub)
			if k < 0 || !yield(at+k) {
				return
			}
			at += k + len(sub)
		}
	}
}

// rareNeedle is a string to search for many times, with the byte it is
// searched by: its rarest in English text among its first
// rareNeedleReach (byteRarity), chosen at the first search. strings.Index
// finds the needle's first byte with IndexByte and compares there; a
// needle opening with a common letter ("the harbour board …") stops it at
// every such letter of the text, and after enough false starts it reads
// every byte (Rabin-Karp): the pull-quote search cost some 1,300
// instructions a paragraph (docs/quality.md, "Text speed, round
// twenty-five").
type rareNeedle struct {
	s string
	j int // the index in s of the byte searched for; -1 before the first search
	k int // the index in s of the byte compared before the rest (in): its first, or its last when j is 0
}

// rareNeedleReach is how far into a needle its rarest byte is sought: the
// choice is paid once a needle, the search for it at every text.
const rareNeedleReach = 24

// newRareNeedle returns s to be searched for by its rarest byte.
func newRareNeedle(s string) rareNeedle { return rareNeedle{s: s, j: -1} }

// choose sets n.j to the index of the first of the rarest bytes of n.s's
// first rareNeedleReach.
func (n *rareNeedle) choose() {
	j, best := 0, uint8(255)
	for i := range min(len(n.s), rareNeedleReach) {
		if r := byteRarity[n.s[i]]; r < best {
			j, best = i, r
		}
	}
	n.j, n.k = j, 0
	if j == 0 {
		n.k = len(n.s) - 1
	}
}

// in is strings.Index(t, n.s): each occurrence of the needle has its
// rare byte j bytes in, so each such byte of t from j on, with room after
// it for the rest of the needle, is a place to compare, taken in order,
// and the first equal is the first occurrence. At a place, one more of
// the needle's bytes (k: its first, or its last when the rare byte is
// the first) is compared before the rest: memequal's call was some 25
// instructions at each of the 21,696 places the rare byte stood on the
// 100 long wcxb-dev flat pages, most of them no occurrence
// (forty-eighth session, docs/quality/text-extraction-3.md;
// TestRareNeedleMatchesIndex).
func (n *rareNeedle) in(t string) int {
	if n.s == "" {
		return 0
	}
	if len(n.s) > len(t) {
		return -1
	}
	if n.j < 0 {
		n.choose()
	}
	c, last := n.s[n.j], len(t)-len(n.s)+n.j // the rare byte's last possible place
	for at := n.j; at <= last; {
		k := strings.IndexByte(t[at:last+1], c)
		if k < 0 {
			return -1
		}
		at += k
		if start := at - n.j; t[start+n.k] == n.s[n.k] && t[start:start+len(n.s)] == n.s {
			return start
		}
		at++
	}
	return -1
}

// all is occurrences(t, n.s): each non-overlapping occurrence from the
// left, found by the rare byte (in) rather than by strings.Index, which a
// needle opening with a common letter stops at every such letter of t.
func (n *rareNeedle) all(t string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if n.s == "" {
			return
		}
		for at := 0; ; {
			k := n.in(t[at:])
			if k < 0 || !yield(at+k) {
				return
			}
			at += k + len(n.s)
		}
	}
}

// byteRarity ranks bytes by how often they stand in English news text,
// 0 the rarest: the space, then the letters from e down, the commonest
// marks among them; capitals, digits, other marks and the bytes of
// longer UTF-8 sequences are 0 (most are rare; a curly quote's bytes
// are no commoner than a letter's from the list's end).
var byteRarity = func() (t [256]uint8) {
	const common = "zqjxkv'.,bypgwfmucdlhrsnioate " // rare to common
	for i := range len(common) {
		t[common[i]] = uint8(i + 1)
	}
	return t
}()
