package hashtab

import (
	"math/rand/v2"
	"testing"
)

// TestAddAllMatchesRef adds random runs of keys, with the zero key,
// keys repeated within a run and keys sharing their low and high bits,
// to one Map by AddAll and to another by Ref and +=, through the tables'
// growth and clears, and compares every key's value, the lengths and
// the tables' sizes.
func TestAddAllMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	fast, plain := New[int32](), New[int32]()
	var seen []uint64
	for step := range 3000 {
		keys := make([]uint64, rng.IntN(40))
		for i := range keys {
			switch rng.IntN(5) {
			case 0:
				keys[i] = uint64(rng.IntN(20)) // small keys, zero among them
			case 1:
				keys[i] = uint64(rng.IntN(20)) << 40
			case 2:
				if len(seen) > 0 {
					keys[i] = seen[rng.IntN(len(seen))]
				}
			default:
				keys[i] = rng.Uint64() % 4000
			}
			seen = append(seen, keys[i])
		}
		d := int32(rng.IntN(5) - 2)
		AddAll(fast, keys, d)
		for _, k := range keys {
			p, _ := plain.Ref(k)
			*p += d
		}
		// the same size too: AddAll grows the table where Ref does
		if fast.Len() != plain.Len() || len(fast.slots) != len(plain.slots) {
			t.Fatalf("step %d: Len %d of %d slots, by Ref %d of %d", step, fast.Len(), len(fast.slots), plain.Len(), len(plain.slots))
		}
		for _, k := range seen {
			got, gotOK := fast.Get(k)
			want, wantOK := plain.Get(k)
			if got != want || gotOK != wantOK {
				t.Fatalf("step %d: key %d: %d %v, by Ref %d %v", step, k, got, gotOK, want, wantOK)
			}
		}
		if rng.IntN(500) == 0 {
			fast.Clear()
			plain.Clear()
			seen = seen[:0]
		}
	}
}

// TestAddAllNonZeroMatchesRef is TestAddAllMatchesRef for AddAllNonZero:
// random runs of keys none of which is zero, repeated within a run and
// sharing their low and high bits, through the table's growth and
// clears, compared with Ref and += key by key.
func TestAddAllNonZeroMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	fast, plain := New[int32](), New[int32]()
	var seen []uint64
	for step := range 3000 {
		keys := make([]uint64, rng.IntN(40))
		for i := range keys {
			switch rng.IntN(5) {
			case 0:
				keys[i] = 1 + uint64(rng.IntN(20))
			case 1:
				keys[i] = uint64(1+rng.IntN(20)) << 40
			case 2:
				if len(seen) > 0 {
					keys[i] = seen[rng.IntN(len(seen))]
				} else {
					keys[i] = 1
				}
			default:
				keys[i] = 1 + rng.Uint64()%4000
			}
			seen = append(seen, keys[i])
		}
		d := int32(rng.IntN(5) - 2)
		AddAllNonZero(fast, keys, d)
		for _, k := range keys {
			p, _ := plain.Ref(k)
			*p += d
		}
		if fast.Len() != plain.Len() || len(fast.slots) != len(plain.slots) {
			t.Fatalf("step %d: Len %d of %d slots, by Ref %d of %d", step, fast.Len(), len(fast.slots), plain.Len(), len(plain.slots))
		}
		for _, k := range seen {
			got, gotOK := fast.Get(k)
			want, wantOK := plain.Get(k)
			if got != want || gotOK != wantOK {
				t.Fatalf("step %d: key %d: %d %v, by Ref %d %v", step, k, got, gotOK, want, wantOK)
			}
		}
		if rng.IntN(500) == 0 {
			fast.Clear()
			plain.Clear()
			seen = seen[:0]
		}
	}
}
