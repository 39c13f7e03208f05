package dedup

import "math/bits"

// table is an open-addressing hash table with linear probing that maps a
// 64-bit hash to article numbers, several per hash allowed. A slot holds an
// 8-bit tag from the hash and the 24-bit article number plus one; the keys
// themselves are not stored, callers recompute them from the article to
// confirm a hit and to rehash on growth. Linear probing keeps a lookup
// within a cache line or two; the tag spares most lookups a visit to the
// article's data.
type table struct {
	slots []uint32
	n     int
}

// full reports whether the next insert must grow the table first. It grows
// at 85% full by half again, so it stays 57% to 85% full: 4.7 to 7.1
// bytes an entry, and a miss probes 23 slots (92 bytes) at worst.
func (t *table) full() bool { return 20*(t.n+1) > 17*len(t.slots) }

// insert adds doc under h; the caller grows the table first when full.
func (t *table) insert(doc int, h uint64) {
	t.place(doc, h)
	t.n++
}

// home returns h's first slot: the high bits of h scaled to the table, so
// any table size works.
func (t *table) home(h uint64) int {
	i, _ := bits.Mul64(h, uint64(len(t.slots)))
	return int(i)
}

func (t *table) place(doc int, h uint64) {
	i := t.home(h)
	for t.slots[i] != 0 {
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	t.slots[i] = uint32(h&0xFF)<<24 | uint32(doc+1)
}

func (t *table) grow(rehash func(doc int) uint64) {
	old := t.slots
	t.slots = make([]uint32, max(16, len(old)+len(old)/2))
	for _, s := range old {
		if s != 0 {
			doc := int(s&0xFFFFFF) - 1
			t.place(doc, rehash(doc))
		}
	}
}

// appendTagged appends every article whose hash may be h: those in h's
// probe run with h's tag.
func (t *table) appendTagged(dst []int32, h uint64) []int32 {
	if len(t.slots) == 0 {
		return dst
	}
	tag := uint32(h & 0xFF)
	for i := t.home(h); t.slots[i] != 0; {
		if s := t.slots[i]; s>>24 == tag {
			dst = append(dst, int32(s&0xFFFFFF)-1)
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	return dst
}

// peek loads h's home slot, to bring it into the cache early.
func (t *table) peek(h uint64) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	return t.slots[t.home(h)]
}

func (t *table) bytes() int { return 4 * cap(t.slots) }
