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
	testAddMatchesRef(t, rand.New(rand.NewPCG(5, 6)), AddAll[int32], 0)
}

// TestAddAllNonZeroMatchesRef is TestAddAllMatchesRef for AddAllNonZero:
// the same shapes of keys, none of them zero.
func TestAddAllNonZeroMatchesRef(t *testing.T) {
	testAddMatchesRef(t, rand.New(rand.NewPCG(7, 8)), AddAllNonZero[int32], 1)
}

// testAddMatchesRef holds add to Ref and += over 3,000 random runs of
// keys, each key lo or more: small keys, keys sharing their high bits,
// keys repeated from earlier runs and keys under 4,000 past lo.
func testAddMatchesRef(t *testing.T, rng *rand.Rand, add func(*Map[int32], []uint64, int32), lo uint64) {
	t.Helper()
	fast, plain := New[int32](), New[int32]()
	var seen []uint64
	for step := range 3000 {
		keys := make([]uint64, rng.IntN(40))
		for i := range keys {
			switch rng.IntN(5) {
			case 0:
				keys[i] = lo + uint64(rng.IntN(20)) // small keys, zero among them when lo is
			case 1:
				keys[i] = (lo + uint64(rng.IntN(20))) << 40
			case 2:
				keys[i] = lo
				if len(seen) > 0 {
					keys[i] = seen[rng.IntN(len(seen))]
				}
			default:
				keys[i] = lo + rng.Uint64()%4000
			}
			seen = append(seen, keys[i])
		}
		d := int32(rng.IntN(5) - 2)
		add(fast, keys, d)
		for _, k := range keys {
			p, _ := plain.Ref(k)
			*p += d
		}
		// the same size too: add grows the table where Ref does
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
