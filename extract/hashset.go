package extract

// hashSet is a set of 64-bit word hashes (xxh3, so already well spread):
// open addressing with linear probing, at most half full. For the few
// hundred words of a body's opening it is built and read several times
// faster than a map[uint64]bool, which was 5% of flattened-page
// extraction time.
type hashSet struct {
	slots []uint64 // 0 is an empty slot; the hash 0 is held by zero
	zero  bool
	n     int
}

// newHashSet returns a set with room for n hashes before it grows.
func newHashSet(n int) *hashSet {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return &hashSet{slots: make([]uint64, size)}
}

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
	for i := h & mask; ; i = (i + 1) & mask {
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
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
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
