package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unsafe"
)

// phrases answers which of a fixed list of lower-case phrases occur in a
// text, in one pass over it: the text classifier tests every block against
// several lists of cue phrases, and one strings.Contains per phrase and
// block was a sixth of extracting a flattened page.
//
// The pass skips, as Wu and Manber's matcher does: with m the shortest
// phrase's length (of two bytes or more), a phrase's first m bytes cover
// any window of m bytes it opens, and the window's last two bytes say how
// far the window can move before it could end on a phrase's m-th byte
// (shift, m-1 for a pair no phrase holds in its first m bytes). A window
// whose last pair ends a phrase's first m bytes is compared with the
// phrases that end so. Prose moves about m-1 bytes a step: a block's
// lowered start of up to 120 bytes was read byte by byte at 7
// instructions a byte, 40 M of 100 wcxb-dev flat pages' 738 M.
type phrases struct {
	list []string
	m    int // the shortest phrase's length, of those of two bytes or more
	// q is the bytes a window's move is read from: its last two, or its
	// last three (phraseKey) where the phrases are long enough
	// (phraseTriplesFrom).
	q int
	// step maps a pair of bytes, first byte lowest (phrasePair), to how far
	// the window ending on it moves, 1 to m-1, or, with phraseHit set, to
	// an index into buckets: the pair ends some phrase's first m bytes.
	step    [1 << 16]uint8
	buckets [][]int       // phrase indexes by the pair that ends their first m bytes
	short   []phraseShort // phrases of one byte, or one short among long ones (phraseLoneShort), each sought by a byte
	// mark is the bit of scan's answer each phrase sets: its own index's,
	// or one that several phrases share (newPhraseMarks).
	mark []uint64
	// heads holds, beside each bucket's phrase indexes and in their
	// order, each phrase's first eight bytes as an integer and the mask
	// of its length in them (phraseHeadOf): a window's eight bytes are
	// compared with them before the rest (phrases.mayOpen, match).
	heads [][]phraseHead
}

// phraseHead is a bucketed phrase's first eight bytes as phraseWord
// reads them, the bytes past its end zero, and the mask of its bytes.
type phraseHead struct{ head, mask uint64 }

// phraseLoneShort reports whether list holds one phrase of two bytes up
// to phraseShortLen and longer ones: the one is then tested by
// strings.Contains, so that the windows span the longer phrases' bytes.
// The page model's 35 phrases have "sku" and then none under 6 bytes,
// and the three bytes held every window's move under two (textCountPage's
// scans, 8.8 M of 100 wcxb-dev flat pages' 565 M).
func phraseLoneShort(list []string) bool {
	few, long := 0, 0
	for _, s := range list {
		switch {
		case len(s) >= phraseShortLen:
			long++
		case len(s) >= 2:
			few++
		}
	}
	return few == 1 && long > 0
}

// phraseShort is a short phrase with the byte it is sought by: its
// byte at g (phraseGate), c, and the mark it sets in scan's answer.
type phraseShort struct {
	ph   string
	g    int
	c    byte
	mark uint64
}

// phraseHas is strings.Contains(s, ph) for a short phrase whose byte at g
// (phraseGate) s holds first at i: from there the byte is sought with
// strings.IndexByte and the phrase compared where it stands. Of a
// block's lowered start, "sku" (the page model's one short phrase, asked
// of every short block) took stringslite.Index some 100 instructions,
// 1.6 M of 100 wcxb-dev flat pages' 361 M, where few hold its k; scan
// seeks the k itself (TestPhraseHasMatchesContains).
func phraseHas(s, ph string, g, i int) bool {
	for from := 0; ; {
		at := from + i - g // where ph opens if its byte g stands at from+i
		if at >= 0 && at+len(ph) <= len(s) && s[at:at+len(ph)] == ph {
			return true
		}
		from += i + 1 // at most len(s): from+i, a byte of s, is before it
		if i = strings.IndexByte(s[from:], ph[g]); i < 0 {
			return false
		}
	}
}

// phraseGate is the index of ph's byte that prose holds least often, by
// phraseCommon's order of English letters: a byte it does not list
// (digits, marks, bytes beyond ASCII) is rarer than any it does, and the
// first of equals is taken.
func phraseGate(ph string) int {
	g, rank := 0, -1
	for i := 0; i < len(ph); i++ {
		r := strings.IndexByte(phraseCommon, ph[i])
		if r < 0 {
			r = len(phraseCommon)
		}
		if r > rank {
			g, rank = i, r
		}
	}
	return g
}

// phraseCommon is the space and the lower-case letters, commonest in
// English prose first.
const phraseCommon = " etaoinsrhldcumfpgwybvkxjqz"

// phraseShortLen is the length under which a phrase alone among longer
// ones is tested by strings.Contains (phraseLoneShort).
const phraseShortLen = 4

// phraseHit marks a step that is an index into phrases.buckets.
const phraseHit = 0x80

func newPhrases(list []string) *phrases {
	if len(list) > 64 {
		panic("extract: more than 64 phrases in one list")
	}
	mark := make([]uint64, len(list))
	for i := range mark {
		mark[i] = 1 << i
	}
	return newPhraseMarks(list, mark)
}

// newPhraseMarks returns a matcher for list whose phrase i sets mark[i]
// in scan's answer.
func newPhraseMarks(list []string, mark []uint64) *phrases {
	if len(list) >= phraseHit {
		panic("extract: too many phrases for the step table's buckets")
	}
	p := &phrases{list: list, mark: mark}
	shortest := 2 // phrases under it are tested by strings.Contains
	if phraseLoneShort(list) {
		shortest = phraseShortLen
	}
	for i, s := range list {
		if len(s) < shortest {
			g := phraseGate(s)
			p.short = append(p.short, phraseShort{s, g, s[g], mark[i]})
		} else if p.m == 0 || len(s) < p.m {
			p.m = len(s)
		}
	}
	if p.m == 0 {
		return p
	}
	// A window of m bytes moves m-q+1 past q bytes no phrase opens with:
	// min(m, 128)-1 keeps the step under phraseHit.
	m := min(p.m, phraseHit)
	p.m = m
	p.q = 2
	if m >= phraseTriplesFrom {
		p.q = 3
	}
	q := p.q
	for k := range p.step {
		p.step[k] = uint8(m - q + 1)
	}
	for _, s := range list {
		if len(s) < shortest {
			continue
		}
		for j := 0; j+q < m; j++ { // the q bytes at j, before the last of the first m bytes
			if k := phraseKey(s, j+q-2, q); p.step[k]&phraseHit == 0 {
				p.step[k] = min(p.step[k], uint8(m-q-j))
			}
		}
	}
	for i, s := range list {
		if len(s) < shortest {
			continue
		}
		k := phraseKey(s, m-2, q)
		if p.step[k]&phraseHit == 0 {
			p.buckets = append(p.buckets, nil)
			p.heads = append(p.heads, nil)
			p.step[k] = phraseHit | uint8(len(p.buckets)-1)
		}
		b := p.step[k] &^ phraseHit
		p.buckets[b] = append(p.buckets[b], i)
		head, mask := phraseHeadOf(s)
		p.heads[b] = append(p.heads[b], phraseHead{head, mask})
	}
	return p
}

// newPhraseGroups returns one matcher for several lists and, for each
// list, the set of its phrases' indexes: a text that is tested against
// several lists is then read once (phrases.anyOf, phrases.scan).
func newPhraseGroups(lists ...[]string) (*phrases, []uint64) {
	var all []string
	groups := make([]uint64, len(lists))
	for g, list := range lists {
		for _, ph := range list {
			groups[g] |= 1 << len(all)
			all = append(all, ph)
		}
	}
	return newPhrases(all), groups
}

// phrasePair is the two bytes of s at k as the index of a pair in
// phrases.step, first byte lowest: the compiler reads them with one
// 16-bit load.
func phrasePair(s string, k int) uint16 {
	return uint16(s[k]) | uint16(s[k+1])<<8
}

// phrasePairAt is phrasePair(s, k) for s's bytes at at, read without
// bounds checks. scan's loops keep a window's bytes inside s: k starts at
// back (m-2, so k-1 >= 0 where a third byte is read, m being at least
// phraseTriplesFrom there) and stops before end, len(s)-1. The compiler
// cannot prove it of an index that moves by the step table's values and
// checked the three reads of every window: with the loop's test against
// end, a window's step fell from 21 instructions to 12, each step some
// three bytes of prose (scan over the 100 long wcxb-dev flat pages 17.8
// M -> 13.5 M; forty-eighth session, docs/quality/text-extraction-3.md;
// TestPhrasesSkipMatchesContains).
func phrasePairAt(at *byte, k int) uint16 {
	return uint16(*(*byte)(unsafe.Add(unsafe.Pointer(at), k))) | uint16(*(*byte)(unsafe.Add(unsafe.Pointer(at), k+1)))<<8
}

// phraseTripleAt is phraseKey(s, k, 3) for s's bytes at at, read as
// phrasePairAt reads them. Both read their bytes themselves, not through
// a helper of their own: an inlined call within an inlined call left a
// NOP for its mark in the windows' loops, an instruction a window.
func phraseTripleAt(at *byte, k int) uint16 {
	return uint16(*(*byte)(unsafe.Add(unsafe.Pointer(at), k))) | uint16(*(*byte)(unsafe.Add(unsafe.Pointer(at), k+1)))<<8 ^
		uint16(*(*byte)(unsafe.Add(unsafe.Pointer(at), k-1)))<<3
}

// phraseKey is the index in phrases.step of the q bytes of s that end
// with the pair at k: the pair itself, or with q = 3 the pair and the
// byte before it folded into it. Keys of different triples may meet,
// which only shortens a move (the least is kept) or sends a window to a
// bucket's comparisons, which find only what is there.
func phraseKey(s string, k, q int) uint16 {
	if q == 2 {
		return phrasePair(s, k)
	}
	return phrasePair(s, k) ^ uint16(s[k-1])<<3
}

// phraseTriplesFrom is the shortest phrase from which a list's windows
// move by their last three bytes. Two bytes of prose ("e ", "th", "in")
// open many of a long list's phrases within their first m bytes, so the
// windows moved about two bytes a step: textDropPhrases' 39 phrases of 9
// bytes and more took 390 instructions a block's lowered start (10.9 M
// of 100 wcxb-dev flat pages' 570 M). Lists of shorter phrases gain
// little room from a third byte.
const phraseTriplesFrom = 6

// any reports whether s contains one of the phrases.
func (p *phrases) any(s string) bool {
	return p.scan(s, ^uint64(0)) != 0
}

// anyOf reports whether s contains one of the phrases in the set mask.
func (p *phrases) anyOf(s string, mask uint64) bool {
	return p.scan(s, mask)&mask != 0
}

// count returns how many of the phrases s contains, each counted once.
func (p *phrases) count(s string) int {
	return bits.OnesCount64(p.scan(s, 0))
}

// scan returns the set of phrases s contains, by their marks (each its
// index's bit but in textBlockPhrases); it stops at the
// first found that is in the set stop, and the set it returns then holds
// that phrase and may lack others s contains (any and anyOf read only
// whether it meets stop; count passes none).
func (p *phrases) scan(s string, stop uint64) uint64 {
	var seen uint64
	// A short phrase is read through its pointer: ranging over the
	// values copied each 40-byte phraseShort to the frame before the
	// byte search (the loop's lines 0.75 -> 0.70 M over the 36 thousand
	// calls of 100 long wcxb-dev flat pages).
	for j := range p.short {
		sh := &p.short[j]
		// the phrase's rare byte is sought here, a call to the byte
		// search alone; phraseHas, from where it stands, only where s
		// holds it (a tenth of the blocks for "sku"'s k)
		if i := strings.IndexByte(s, sh.c); i >= 0 && phraseHas(s, sh.ph, sh.g, i) {
			seen |= sh.mark
			if seen&stop != 0 {
				return seen
			}
		}
	}
	if len(s) < p.m || p.m == 0 {
		// No window of m bytes fits in s (a menu's "Home", a button's
		// "Share"): the windowed loops would not turn once, and the
		// triples' call is spared (1,052 of 20,964 calls on 100 long
		// wcxb-dev flat pages; TestPhrasesSkipMatchesContains holds each
		// phrase as a text of its own length).
		return seen
	}
	back := p.m - 2                           // from a window's last pair to its first byte
	at, end := unsafe.StringData(s), len(s)-1 // a window's last pair opens before end
	if p.q == 3 {
		// The triples' loop is here, not a call of its own: the call's
		// frame and spills cost some 25 instructions on each of the
		// 19,912 scans of 100 long wcxb-dev flat pages whose windows
		// move by three bytes, most of them a short block's few windows
		// (fifty-ninth session; TestPhrasesSkipMatchesContains).
		for k := back; k < end; k++ {
			v := p.step[phraseTripleAt(at, k)]
			for v&phraseHit == 0 { // the windows' moves, tested at their foot
				if k += int(v); k >= end {
					return seen
				}
				v = p.step[phraseTripleAt(at, k)]
			}
			if !p.mayOpen(at, k-back, end, v&^phraseHit) {
				continue
			}
			var done bool
			if seen, done = p.match(s[k-back:], v&^phraseHit, seen, stop); done {
				return seen
			}
		}
		return seen
	}
	for k := back; k < end; k++ {
		v := p.step[phrasePairAt(at, k)]
		for v&phraseHit == 0 {
			if k += int(v); k >= end {
				return seen
			}
			v = p.step[phrasePairAt(at, k)]
		}
		if !p.mayOpen(at, k-back, end, v&^phraseHit) {
			continue
		}
		var done bool
		if seen, done = p.match(s[k-back:], v&^phraseHit, seen, stop); done {
			return seen
		}
	}
	return seen
}

// mayOpen reports whether a phrase of bucket may open at byte i of the
// text at points to, whose last byte is its byte end: false only where
// the text holds eight bytes from i and no phrase's head (phrases.heads)
// is theirs. Asked in scan's loops before match, it is inlined there:
// match, a call since its heads' compare (its cost 175 against the
// inliner's 80), was called for each of the 25,186 windows of the 100
// long wcxb-dev flat pages whose last bytes end a phrase's first m, of
// which one in nine opens with a phrase's head; 2,886 calls now, scan
// 10.69 -> 9.69 M inclusive (fifty-fourth session,
// docs/quality/text-extraction-4.md; TestPhraseHeadMatchesPrefix,
// TestPhrasesSkipMatchesContains).
func (p *phrases) mayOpen(at *byte, i, end int, bucket uint8) bool {
	if end-i < 7 {
		return true
	}
	w := phraseWordAt(at, i)
	for _, h := range p.heads[bucket] {
		if w&h.mask == h.head {
			return true
		}
	}
	return false
}

// match adds to seen the phrases of bucket that open at, and reports
// whether one of them is in stop. Where at holds eight bytes they are
// read as one integer and each phrase's head compared with it: a bucket's
// phrases share only the window's last bytes, so most differ in their
// first eight, and strings.HasPrefix spent some 50 instructions a hit on
// the bucket's walk and its calls (1.24 M over the 100 long wcxb-dev
// flat pages; TestPhraseHeadMatchesPrefix).
func (p *phrases) match(at string, bucket uint8, seen, stop uint64) (uint64, bool) {
	if len(at) < 8 {
		return p.matchShort(at, bucket, seen, stop)
	}
	w := phraseWord(at)
	heads := p.heads[bucket]
	for j, i := range p.buckets[bucket] {
		if seen&p.mark[i] != 0 || w&heads[j].mask != heads[j].head {
			continue
		}
		if ph := p.list[i]; len(ph) <= 8 || len(ph) <= len(at) && at[8:len(ph)] == ph[8:] {
			seen |= p.mark[i]
			if seen&stop != 0 {
				return seen, true
			}
		}
	}
	return seen, false
}

// matchShort is match for an at of under eight bytes, a text's last
// window: each phrase compared by strings.HasPrefix.
func (p *phrases) matchShort(at string, bucket uint8, seen, stop uint64) (uint64, bool) {
	for _, i := range p.buckets[bucket] {
		if seen&p.mark[i] == 0 && strings.HasPrefix(at, p.list[i]) {
			seen |= p.mark[i]
			if seen&stop != 0 {
				return seen, true
			}
		}
	}
	return seen, false
}

// shortIn reports whether s holds one of p's short phrases (p.short).
func (p *phrases) shortIn(s string) bool {
	for _, sh := range p.short {
		if phraseIn(s, sh.ph) {
			return true
		}
	}
	return false
}

// phraseIn is strings.Contains(s, ph), a phrase of two bytes or more
// sought by its last two as a pair (textIndexPair), for a text of many
// blocks: a page's lowered starts, some 14 KB, held a k every hundred
// bytes or so, and seeking "sku" by its k (phraseHas) cost 0.96 M over
// the 100 long wcxb-dev flat pages where its "ku" is seldom there
// (TestTextBlockPhrasesLongMatch).
func phraseIn(s, ph string) bool {
	if len(ph) < 2 {
		return strings.Contains(s, ph)
	}
	a, b := ph[len(ph)-2], ph[len(ph)-1]
	for from := 0; ; {
		i := textIndexPair(s[from:], a, b)
		if i < 0 {
			return false
		}
		end := from + i + 1 // past the pair's b, the phrase's last byte
		if end >= len(ph) && s[end-len(ph):end] == ph {
			return true
		}
		from += i // the next pair's b lies past this one's
	}
}

// withoutShort returns p's matcher without its short phrases (p.short):
// the phrases left each set their mark, and its scan of a text that
// holds no short phrase (shortIn) answers as p's. The windows are the
// same, as newPhraseMarks leaves a short phrase out of them.
func (p *phrases) withoutShort() *phrases {
	var list []string
	var mark []uint64
	for i, ph := range p.list {
		if !p.isShort(ph) {
			list, mark = append(list, ph), append(mark, p.mark[i])
		}
	}
	return newPhraseMarks(list, mark)
}

// isShort reports whether ph is one of p's short phrases.
func (p *phrases) isShort(ph string) bool {
	for _, sh := range p.short {
		if sh.ph == ph {
			return true
		}
	}
	return false
}

// phraseWord is at's first eight bytes, the first lowest, as one integer
// (at holds eight bytes or more): the compiler reads them with one load.
func phraseWord(at string) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(at), 8))
}

// phraseWordAt is the eight bytes i bytes past at as phraseWord reads
// them, read without bounds checks (the caller holds them inside its
// text, as phrasePairAt's do).
func phraseWordAt(at *byte, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(at), i)), 8))
}

// phraseHeadOf returns ph's first eight bytes as phraseWord reads them,
// with the bytes past its end zero, and the mask of its bytes: a text's
// eight bytes w open with ph's first eight when w&mask == head.
func phraseHeadOf(ph string) (head, mask uint64) {
	for j := 0; j < len(ph) && j < 8; j++ {
		head |= uint64(ph[j]) << (8 * j)
		mask |= 0xff << (8 * j)
	}
	return head, mask
}
