// Package hashtab is a hash table keyed by 64-bit hashes, for the word
// memos of the clustering and claims stages: every word of every article
// is looked up in one, and with keys that are hashes already the table
// need not hash them again nor compare strings. Open addressing with
// linear probing keeps a key and its value in one slot, so a lookup in a
// table far larger than the cache costs about one cache miss.
package hashtab

// Map maps uint64 keys to values. The zero key is kept apart, since zero
// marks an empty slot. It is not safe for concurrent use.
type Map[V any] struct {
	slots   []slot[V]
	n       int // keys held, the zero key included
	shift   uint
	hasZero bool
	zero    V
}

type slot[V any] struct {
	key uint64
	val V
}

// minSlots is the smallest table: 64 slots of 16 bytes.
const minSlots = 64

// New returns an empty map.
func New[V any]() *Map[V] {
	m := &Map[V]{}
	m.init(minSlots)
	return m
}

func (m *Map[V]) init(size int) {
	m.slots = make([]slot[V], size)
	m.shift = 64
	for s := size; s > 1; s >>= 1 {
		m.shift--
	}
}

// home is where key's probe starts. Fibonacci hashing spreads keys that
// are not well mixed already. The shift is masked to six bits, as
// addRunNonZero masks it: init keeps it at 58 or less (minSlots 64), so
// the mask moves no home, but Go answers a shift of 64 or more with 0
// and, unmasked, the compiled probe paid three instructions a key for
// that answer (Ref 0.79 M of 100 wcxb-dev flat pages' 361 M;
// TestHomeShift holds the home to the plain one).
func (m *Map[V]) home(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> (m.shift & 63))
}

// Get returns the value of key and whether it is there.
func (m *Map[V]) Get(key uint64) (V, bool) {
	if key == 0 {
		return m.zero, m.hasZero
	}
	mask := len(m.slots) - 1
	for i := m.home(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == key {
			return s.val, true
		}
		if s.key == 0 {
			var none V
			return none, false
		}
	}
}

// Put sets the value of key.
func (m *Map[V]) Put(key uint64, val V) {
	if key == 0 {
		if !m.hasZero {
			m.n++
		}
		m.zero, m.hasZero = val, true
		return
	}
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	if m.put(key, val) {
		m.n++
	}
}

// Ref returns a pointer to the value of key, adding key with the zero
// value when it is not there, and whether it was added: a count kept
// with Get and then Put probed the slots twice for every word (the text
// path's content-word counts). The pointer holds until the next call
// that may add a key.
func (m *Map[V]) Ref(key uint64) (*V, bool) {
	if key == 0 {
		added := !m.hasZero
		if added {
			m.n++
			m.hasZero = true
		}
		return &m.zero, added
	}
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	mask := len(m.slots) - 1
	for i := m.home(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		switch s.key {
		case key:
			return &s.val, false
		case 0:
			s.key = key
			m.n++
			return &s.val, true
		}
	}
}

// put sets key in the slots and reports whether it was new.
func (m *Map[V]) put(key uint64, val V) bool {
	mask := len(m.slots) - 1
	for i := m.home(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		switch s.key {
		case key:
			s.val = val
			return false
		case 0:
			s.key, s.val = key, val
			return true
		}
	}
}

// grow doubles the table, keeping it at most half full.
func (m *Map[V]) grow() {
	old := m.slots
	m.init(2 * len(old))
	for _, s := range old {
		if s.key != 0 {
			m.put(s.key, s.val)
		}
	}
}

// Len returns the number of keys held.
func (m *Map[V]) Len() int { return m.n }

// Clear removes every key, keeping the table's size. An empty table
// (ClearKeys leaves one so) is not walked again.
func (m *Map[V]) Clear() {
	if m.n == 0 {
		return
	}
	clear(m.slots)
	var none V
	m.n, m.hasZero, m.zero = 0, false, none
}

// ClearKeys removes every key, as Clear does, when keys holds every key
// the map holds (in any order, repeats allowed): it empties only the
// slots from each key's home to the end of its run of full slots, where
// Clear walks the whole table. The text path's section walks take a
// table that an earlier, longer section grew and know the few keys they
// added; clearing all of it was some 2,100 instructions a take (0.41 M
// of 100 wcxb-dev flat pages' 330 M; docs/quality/text-extraction-4.md,
// fifty-third session). A key of a run sits at or after its home with
// no empty slot between, so emptying each home's run to its end empties
// every slot of a key in keys whatever the order; were a key held left
// out of keys, its slot may stay full, and the whole table is cleared
// (TestClearKeysMatchesClear).
func (m *Map[V]) ClearKeys(keys []uint64) {
	slots, shift, n := m.slots, m.shift&63, m.n
	mask := len(slots) - 1
	if m.hasZero {
		n--
	}
	for _, key := range keys {
		if n == 0 {
			break
		}
		if key == 0 {
			continue
		}
		for i := int((key*0x9E3779B97F4A7C15)>>shift) & mask; slots[i].key != 0; i = (i + 1) & mask {
			slots[i] = slot[V]{}
			n--
		}
	}
	if n != 0 {
		clear(slots)
	}
	var none V
	m.n, m.hasZero, m.zero = 0, false, none
}
