package extract

import (
	"math/bits"
	"strings"
)

// phrases answers which of a fixed list of lower-case phrases occur in a
// text, in one pass over it: the text classifier tests every block against
// several lists of cue phrases, and one strings.Contains per phrase and
// block was a sixth of extracting a flattened page. Positions are
// filtered by the phrase openings' first two bytes; only the phrases
// opening with the pair found are compared.
type phrases struct {
	list    []string
	bucket  [1 << 16]uint8 // two-byte opening → 1 + index into buckets, 0 for none
	buckets [][]int        // phrase indexes by opening
	short   []int          // phrases of one byte, tested by strings.Contains
}

func newPhrases(list []string) *phrases {
	p := &phrases{list: list}
	for i, s := range list {
		if len(s) < 2 {
			p.short = append(p.short, i)
			continue
		}
		pair := phrasePair(s, 0)
		if p.bucket[pair] == 0 {
			p.buckets = append(p.buckets, nil)
			p.bucket[pair] = uint8(len(p.buckets))
		}
		b := p.bucket[pair] - 1
		p.buckets[b] = append(p.buckets[b], i)
	}
	if len(list) > 64 {
		panic("extract: more than 64 phrases in one list")
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

// phrasePair is the two bytes of s at k as the index of an opening in
// phrases.bucket, first byte lowest: the compiler reads them with one
// 16-bit load, where the first byte highest took two loads, a shift and
// an or. With scan's loop counting the second byte, which it needs no
// bounds check for, a byte of text costs 7 instructions, not 13.
func phrasePair(s string, k int) uint16 {
	return uint16(s[k]) | uint16(s[k+1])<<8
}

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

// scan returns the set of phrases s contains, by index; it stops at the
// first found that is in the set stop.
func (p *phrases) scan(s string, stop uint64) uint64 {
	var seen uint64
	for _, i := range p.short {
		if strings.Contains(s, p.list[i]) {
			seen |= 1 << i
			if seen&stop != 0 {
				return seen
			}
		}
	}
	for k := 1; k < len(s); k++ { // k is the opening's second byte
		b := p.bucket[phrasePair(s, k-1)]
		if b == 0 {
			continue
		}
		for _, i := range p.buckets[b-1] {
			if seen&(1<<i) == 0 && strings.HasPrefix(s[k-1:], p.list[i]) {
				seen |= 1 << i
				if seen&stop != 0 {
					return seen
				}
			}
		}
	}
	return seen
}
