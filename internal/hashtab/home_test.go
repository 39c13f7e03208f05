package hashtab

import (
	"math/rand/v2"
	"testing"
)

// TestHomeShift holds home, whose shift is masked to six bits, to the
// plain Fibonacci home shifted by the whole field, through a table's
// growth from 64 slots to 2^17: the table has 1<<(64-shift) slots and
// every key's home lies below that.
func TestHomeShift(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := New[int32]()
	check := func(n int) {
		if len(m.slots) != 1<<(64-m.shift) {
			t.Fatalf("%d keys: %d slots at shift %d; want 1<<(64-shift)", n, len(m.slots), m.shift)
		}
		for range 200 {
			key := rng.Uint64()
			plain := int((key * 0x9E3779B97F4A7C15) >> m.shift)
			if got := m.home(key); got != plain || got >= len(m.slots) {
				t.Fatalf("%d slots: home(%#x) = %d; the plain home is %d", len(m.slots), key, got, plain)
			}
		}
	}
	check(0)
	for n := 1; n <= 1<<16; n++ {
		m.Put(rng.Uint64(), int32(n))
		if n&(n-1) == 0 {
			check(n)
		}
	}
	if len(m.slots) < 1<<17 {
		t.Fatalf("%d slots after 65,536 keys; want 1<<17 or more", len(m.slots))
	}
}
