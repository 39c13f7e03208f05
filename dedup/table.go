package dedup

// table is an open-addressing hash table with linear probing that maps a
// 64-bit hash to article numbers, several per hash allowed. A slot holds an
// 8-bit tag from the hash and the 24-bit article number plus one; the keys
// themselves are not stored, callers recompute them from the article to
// confirm a hit and to rehash on growth. Linear probing keeps a lookup
// within one or two cache lines; the tag spares most lookups a visit to
// the article's data.
type table struct {
	slots []uint32
	n     int
}

// full reports whether the next insert must grow the table first. It grows
// at 3/4 full: probes stay short (8.5 on a miss at worst) and the table
// averages 8 bytes per entry at worst, 5.3 on average.
func (t *table) full() bool { return 4*(t.n+1) > 3*len(t.slots) }

// insert adds doc under h; the caller grows the table first when full.
func (t *table) insert(doc int, h uint64) {
	t.place(doc, h)
	t.n++
}

func (t *table) place(doc int, h uint64) {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint32(h>>56)<<24 | uint32(doc+1)
}

func (t *table) grow(rehash func(doc int) uint64) {
	old := t.slots
	t.slots = make([]uint32, max(16, 2*len(old)))
	for _, s := range old {
		if s != 0 {
			doc := int(s&0xFFFFFF) - 1
			t.place(doc, rehash(doc))
		}
	}
}

// lookup calls fn with every article whose hash may be h.
func (t *table) lookup(h uint64, fn func(doc int)) {
	if len(t.slots) == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	tag := uint32(h >> 56)
	for i := h & mask; t.slots[i] != 0; i = (i + 1) & mask {
		if s := t.slots[i]; s>>24 == tag {
			fn(int(s&0xFFFFFF) - 1)
		}
	}
}

func (t *table) bytes() int { return 4 * cap(t.slots) }
