package hashtab

// Count is the value types AddAll adds to.
type Count interface {
	~int | ~int32 | ~int64
}

// AddAll adds d to the value of each key of keys, a key not there added
// with d, as Ref and += of each key do (TestAddAllMatchesRef). The text
// path's content-word counts add a block's keys so: a call of Ref a key,
// which read the table's fields and tested the zero key and the table's
// growth for each, cost some 42 instructions a key (5.1 M of 100
// wcxb-dev flat pages' 398 M; docs/quality/text-extraction-2.md, "Text
// speed, the body's word counts", forty-sixth session).
//
// The keys go in runs the table takes without growing (each adds at most
// one key, and Ref grows the table when a key would fill more than half
// of it), so that addRun tests neither growth nor calls anything; the
// zero key and a full table go to Ref, which grows it where the calls of
// Ref key by key would have.
func AddAll[V Count](m *Map[V], keys []uint64, d V) {
	for len(keys) > 0 {
		free := len(m.slots)/2 - m.n
		if free <= 0 || keys[0] == 0 {
			p, _ := m.Ref(keys[0])
			*p += d
			keys = keys[1:]
			continue
		}
		keys = keys[addRun(m, keys[:min(free, len(keys))], d):]
	}
}

// AddAllNonZero is AddAll of keys none of which is zero, as the text
// path's content-word keys never are (a key's top byte is its prefix's
// length). Its runs skip addRun's zero test, two instructions a key of
// the 121,811 that 100 long wcxb-dev flat pages count
// (docs/quality/text-extraction-4.md, "the body table's adds",
// fifty-fourth session). A zero key among keys would be counted in an
// empty slot and lost; TestAddAllNonZeroMatchesRef holds it to AddAll.
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
		addRunNonZero(m, run, d)
		keys = keys[len(run):]
	}
}

// addRunNonZero is addRun of keys none of which is zero.
func addRunNonZero[V Count](m *Map[V], keys []uint64, d V) {
	slots, shift, n := m.slots, m.shift&63, m.n
	mask := len(slots) - 1
	for _, key := range keys {
		for i := int((key*0x9E3779B97F4A7C15)>>shift) & mask; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == key {
				s.val += d
				break
			}
			if s.key == 0 {
				s.key, s.val = key, d
				n++
				break
			}
		}
	}
	m.n = n
}

// addRun is AddAll of keys the table holds room for, up to the first
// zero key: it returns how many it added.
func addRun[V Count](m *Map[V], keys []uint64, d V) int {
	slots, shift, n := m.slots, m.shift&63, m.n
	mask := len(slots) - 1
	for j, key := range keys {
		if key == 0 {
			m.n = n
			return j
		}
		for i := int((key*0x9E3779B97F4A7C15)>>shift) & mask; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == key {
				s.val += d
				break
			}
			if s.key == 0 {
				s.key, s.val = key, d
				n++
				break
			}
		}
	}
	m.n = n
	return len(keys)
}
