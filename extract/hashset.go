package extract

import "sync"

// hashSet is a set of 64-bit word keys (xxh3 hashes, or textContentKey's
// prefixes, whose low bits are a word's first letter: hashSetHome mixes
// them): open addressing with linear probing, at most half full. For the few
// hundred words of a body's opening it is built and read several times
// faster than a map[uint64]bool, which was 5% of flattened-page
// extraction time.
type hashSet struct {
	slots []uint64 // 0 is an empty slot; the hash 0 is held by zero
	zero  bool
	n     int
}

// hashSetSize is the table size that holds n hashes at most half full.
func hashSetSize(n int) int {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return size
}

// getHashSet returns an empty set with room for n hashes, reusing one
// put back (putHashSet) when there is one: a page's body opening fills a
// table of 8 KB, and allocating it for every page was a fiftieth of
// extracting a seed page.
func getHashSet(n int) *hashSet {
	s := hashSetPool.Get().(*hashSet)
	size := hashSetSize(n)
	if cap(s.slots) < size {
		s.slots = make([]uint64, size)
	} else {
		s.slots = s.slots[:size]
		clear(s.slots)
	}
	s.zero, s.n = false, 0
	return s
}

// putHashSet gives s back for getHashSet; s must not be used after.
func putHashSet(s *hashSet) { hashSetPool.Put(s) }

var hashSetPool = sync.Pool{New: func() any { return new(hashSet) }}

// add puts h in the set.
func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.zero = true
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	for i := hashSetHome(h, mask); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

// has reports whether h is in the set.
func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	if s.n == 0 {
		return false
	}
	mask := uint64(len(s.slots) - 1)
	for i := hashSetHome(h, mask); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// hashSetHome is where h's probe starts in a table of mask+1 slots: the
// high half of h times 2^64 over the golden ratio (Fibonacci hashing),
// whose bits each depend on all of h's low bits.
func hashSetHome(h, mask uint64) uint64 {
	return (h * 0x9E3779B97F4A7C15) >> 32 & mask
}

// grow doubles the table (from 64 slots) and puts every hash back.
func (s *hashSet) grow() {
	old := s.slots
	s.slots = make([]uint64, max(64, 2*len(old)))
	s.n = 0
	for _, h := range old {
		if h != 0 {
			s.add(h)
		}
	}
}
