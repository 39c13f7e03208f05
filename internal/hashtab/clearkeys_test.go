package hashtab

import (
	"math/rand/v2"
	"testing"
)

// TestClearKeysMatchesClear fills tables with random keys (the zero key,
// keys sharing their high bits so that runs of full slots form, tables
// grown while filled), clears them with ClearKeys of every key added in
// a shuffled order, with repeats, or with a key left out, and holds the
// result to a fresh table's: no key left, Len 0, the slots all empty, and
// the table as usable as before.
func TestClearKeysMatchesClear(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := New[int32]()
	for round := range 3000 {
		var added []uint64
		for range rng.IntN(300) {
			k := rng.Uint64() % 2000
			switch rng.IntN(4) {
			case 0:
				k = uint64(rng.IntN(8)) // the zero key among them
			case 1:
				k <<= 50 // the same home for many
			}
			if _, ok := m.Ref(k); ok {
				added = append(added, k)
			}
		}
		keys := append([]uint64(nil), added...)
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		switch rng.IntN(4) {
		case 0:
			if len(keys) > 0 {
				keys = append(keys, keys[rng.IntN(len(keys))])
			}
		case 1:
			if len(keys) > 0 {
				keys = keys[1:] // one left out: the whole table is cleared
			}
		}
		m.ClearKeys(keys)
		if m.Len() != 0 || m.hasZero {
			t.Fatalf("round %d: Len %d, zero key %v after ClearKeys", round, m.Len(), m.hasZero)
		}
		for i, s := range m.slots {
			if s.key != 0 || s.val != 0 {
				t.Fatalf("round %d: slot %d holds %d = %d after ClearKeys of %d keys", round, i, s.key, s.val, len(keys))
			}
		}
		for _, k := range added {
			if _, ok := m.Get(k); ok {
				t.Fatalf("round %d: key %d still there", round, k)
			}
		}
	}
}

// TestClearSkipsEmpty holds Clear's skip of an empty table: a table
// ClearKeys emptied and then refilled is cleared whole.
func TestClearSkipsEmpty(t *testing.T) {
	m := New[int32]()
	for k := range uint64(100) {
		m.Put(k, 1)
	}
	m.ClearKeys([]uint64{1})
	m.Put(7, 2)
	m.Clear()
	if m.Len() != 0 {
		t.Fatalf("Len %d after Clear", m.Len())
	}
	if _, ok := m.Get(7); ok {
		t.Fatal("key 7 still there after Clear")
	}
}
