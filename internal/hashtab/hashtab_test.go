package hashtab

import (
	"math/rand/v2"
	"testing"
)

// TestMatchesBuiltinMap runs one random sequence of puts, gets, counts
// through Ref and clears on a Map and a Go map, with the zero key and
// keys sharing their low and high bits among them.
func TestMatchesBuiltinMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m, want := New[int64](), map[uint64]int64{}
	key := func() uint64 {
		switch rng.IntN(4) {
		case 0:
			return uint64(rng.IntN(50)) // small keys, zero among them
		case 1:
			return uint64(rng.IntN(50)) << 40
		default:
			return rng.Uint64() % 5000
		}
	}
	for i := range 200000 {
		k := key()
		switch op := rng.IntN(100); {
		case op < 45:
			v := rng.Int64()
			m.Put(k, v)
			want[k] = v
		case op < 70:
			p, added := m.Ref(k)
			_, had := want[k]
			if added == had {
				t.Fatalf("step %d: Ref(%d) added %v, the key was there: %v", i, k, added, had)
			}
			*p += 3
			want[k] += 3
		case op < 99:
			got, ok := m.Get(k)
			w, wok := want[k]
			if got != w || ok != wok {
				t.Fatalf("step %d: Get(%d) = %d, %v; want %d, %v", i, k, got, ok, w, wok)
			}
		default:
			m.Clear()
			clear(want)
		}
		if m.Len() != len(want) {
			t.Fatalf("step %d: Len = %d, want %d", i, m.Len(), len(want))
		}
	}
}

// lookupKeys returns n random keys, as word hashes are.
func lookupKeys(n int) []uint64 {
	rng := rand.New(rand.NewPCG(5, 6))
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = rng.Uint64()
	}
	return keys
}

// BenchmarkGet and BenchmarkBuiltinGet look up random keys in a table of
// 256k words, the size of the claims stage's memo, too large for the cache.
func BenchmarkGet(b *testing.B) {
	keys := lookupKeys(1 << 18)
	m := New[int64]()
	for i, k := range keys {
		m.Put(k, int64(i))
	}
	i := 0
	for b.Loop() {
		m.Get(keys[(i*7919)&(len(keys)-1)])
		i++
	}
}

func BenchmarkBuiltinGet(b *testing.B) {
	keys := lookupKeys(1 << 18)
	m := map[uint64]int64{}
	for i, k := range keys {
		m[k] = int64(i)
	}
	i := 0
	for b.Loop() {
		_ = m[keys[(i*7919)&(len(keys)-1)]]
		i++
	}
}
