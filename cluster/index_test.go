package cluster

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// lookupBySort is index.lookup as it was: every touched story sorted.
// It is the reference for keepBest.
func lookupBySort(x *index, keys []uint32, weight func(uint32) float64, max int, skip func(int32) bool) []int32 {
	acc := map[int32]float64{}
	for _, k := range keys {
		for _, s := range x.postings[k] {
			acc[s] += weight(k)
		}
	}
	var cands []candidate
	for s, w := range acc {
		if !skip(s) {
			cands = append(cands, candidate{s, w})
		}
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.story, b.story))
	})
	out := make([]int32, min(max, len(cands)))
	for i := range out {
		out[i] = cands[i].story
	}
	return out
}

// TestLookupMatchesSort checks the lookup's top candidates against a full
// sort, with many ties (weights from a few values) and skipped stories.
func TestLookupMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	x := newIndex(64)
	for s := range int32(400) {
		keys := make([]uint32, 1+rng.IntN(20))
		for i := range keys {
			keys[i] = uint32(rng.IntN(60))
		}
		x.add(s, slices.Compact(slices.Sorted(slices.Values(keys))))
	}
	weight := func(k uint32) float64 { return float64(k%4) + 0.5 }
	skip := func(s int32) bool { return s%7 == 3 }
	for range 200 {
		keys := make([]uint32, 1+rng.IntN(30))
		for i := range keys {
			keys[i] = uint32(rng.IntN(70))
		}
		keys = slices.Compact(slices.Sorted(slices.Values(keys)))
		for _, max := range []int{1, 3, 12, 1000} {
			got := x.lookup(keys, weight, max, skip)
			if want := lookupBySort(x, keys, weight, max, skip); !slices.Equal(got, want) {
				t.Fatalf("lookup(%v, max %d) = %v, want %v", keys, max, got, want)
			}
		}
	}
}
