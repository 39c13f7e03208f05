package hashtab

import "slices"

// Count is the value types AddAll adds to.
type Count interface {
	~int | ~int32 | ~int64
}

// AddAll adds d to the value of each key of keys, a key not there added
// with d, as Ref and += of each key do (TestAddAllMatchesRef): the runs
// between zero keys go to AddAllNonZero, and each zero key to Ref. The
// text path's counts call AddAllNonZero itself, since their keys are
// never zero; AddAll keeps the table's whole key space for other callers
// without a second copy of the probe loop.
func AddAll[V Count](m *Map[V], keys []uint64, d V) {
	for len(keys) > 0 {
		j := slices.Index(keys, 0)
		if j < 0 {
			AddAllNonZero(m, keys, d)
			return
		}
		AddAllNonZero(m, keys[:j], d)
		p, _ := m.Ref(0)
		*p += d
		keys = keys[j+1:]
	}
}

// AddAllNonZero is AddAll of keys none of which is zero, as the text
// path's content-word keys never are (a key's top byte is its prefix's
// length). A call of Ref a key, which read the table's fields and tested
// the zero key and the table's growth for each, cost some 42
// instructions a key (docs/quality/text-extraction-2.md, "Text speed,
// the body's word counts", forty-sixth session); the keys go instead in
// runs the table takes without growing (each adds at most one key, and
// Ref grows the table when a key would fill more than half of it), so
// that addRunNonZero tests neither growth nor the zero key (two
// instructions a key of the 121,811 that 100 long wcxb-dev flat pages
// count; docs/quality/text-extraction-4.md, "the body table's adds",
// fifty-fourth session), and a full table goes to Ref, which grows it
// where the calls of Ref key by key would have. A zero key among keys
// would be counted in an empty slot and lost; TestAddAllNonZeroMatchesRef
// holds it to Ref.
func AddAllNonZero[V Count](m *Map[V], keys []uint64, d V) {
	for len(keys) > 0 {
		free := len(m.slots)/2 - m.n
		if free <= 0 {
			p, _ := m.Ref(keys[0])
			*p += d
			keys = keys[1:]
			continue
		}
		run := keys[:min(free, len(keys))]
		m.n += addRunNonZero(d, m.shift, run, m.slots)
		keys = keys[len(run):]
	}
}

// addRunNonZero adds d to each key of keys, none of them zero, in a
// table of slots (the Map's, at shift) with room for them all, and
// returns how many keys it added. Its probe indexes the slots by its
// position masked to the table (i&mask; the table's size is a power of
// two and not zero), which the compiler sees is in range, and it takes
// the shift as its second argument, in CX, the one register a variable
// shift reads: with the Map's fields read in the loop, or inlined into
// AddAllNonZero, the probe was bounds-checked and the compiler moved the
// keys' pointer out of CX and back and reloaded the Map a key: some 25
// instructions a key of the text path's counts, where this loop takes 16
// for a key found at its home and about 18 on the average (addRunNonZero
// 3.13 → 2.28 M on the 100 long wcxb-dev flat pages of BenchmarkTextWCXB,
// some 120 thousand keys; docs/quality/text-extraction-6.md, fifty-ninth
// session).
// TestAddAllNonZeroMatchesRef holds it to Ref.
//
//go:noinline
func addRunNonZero[V Count](d V, shift uint, keys []uint64, slots []slot[V]) (added int) {
	if len(slots) == 0 {
		return 0 // never (New's table has minSlots): the test lets the compiler drop the bounds checks
	}
	mask := uint(len(slots) - 1)
	for _, key := range keys {
		for i := uint(key*0x9E3779B97F4A7C15) >> (shift & 63); ; i++ {
			s := &slots[i&mask]
			if s.key == key {
				s.val += d
				break
			}
			if s.key == 0 {
				s.key, s.val = key, d
				added++
				break
			}
		}
	}
	return added
}
