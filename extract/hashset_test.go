package extract

import (
	"testing"
)

// TestHashSet holds the set to a map through growth, repeats, the zero
// hash and hashes that share their low bits (one probe run).
func TestHashSet(t *testing.T) {
	rng := fastRand(3, 4)
	var s hashSet
	want := map[uint64]bool{}
	if s.has(0) || s.has(7) {
		t.Fatal("an empty set holds nothing")
	}
	for i := range 5000 {
		var h uint64
		switch i % 4 {
		case 0:
			h = rng.Uint64()
		case 1:
			h = uint64(rng.IntN(50)) << 40 // low bits all zero: one run
		case 2:
			h = uint64(rng.IntN(300)) // small, 0 among them
		default:
			h = rng.Uint64() | 1
		}
		if i%3 == 0 {
			s.add(h)
			want[h] = true
		}
		if got := s.has(h); got != want[h] {
			t.Fatalf("step %d: has(%#x) = %v, want %v", i, h, got, want[h])
		}
	}
	n := len(want)
	if want[0] {
		n--
	}
	if s.n != n {
		t.Errorf("set counts %d hashes, want %d", s.n, n)
	}
}

// A set from getHashSet, however the one put back was filled and grown,
// holds nothing and then what is added, as a new one does.
func TestHashSetReuse(t *testing.T) {
	rng := fastRand(5, 6)
	for round := range 50 {
		s := getHashSet(rng.IntN(400))
		want := map[uint64]bool{}
		for range rng.IntN(1500) {
			h := rng.Uint64() >> rng.IntN(64)
			s.add(h)
			want[h] = true
		}
		for h := range want {
			if !s.has(h) {
				t.Fatalf("round %d: lost %#x", round, h)
			}
		}
		for range 2000 {
			h := rng.Uint64() >> rng.IntN(64)
			if got := s.has(h); got != want[h] {
				t.Fatalf("round %d: has(%#x) = %v, want %v", round, h, got, want[h])
			}
		}
		putHashSet(s)
	}
}
