package cluster

import (
	"cmp"
	"slices"
)

// index maps keys (rare content terms, names, numbers and dates) to the
// stories that hold them. Each posting list is bounded, so retrieving
// candidates costs the same with a thousand stories or a million.
type index struct {
	postings   map[uint32][]int32
	maxPerKey  int
	candidates map[int32]float64 // scratch, reused between lookups
}

func newIndex(maxPerKey int) *index {
	return &index{
		postings:   make(map[uint32][]int32),
		maxPerKey:  maxPerKey,
		candidates: make(map[int32]float64),
	}
}

// add files story s under keys, moving it to the recent end of each list
// and dropping the least recent story when a list is full.
func (x *index) add(s int32, keys []uint32) {
	for _, k := range keys {
		p := x.postings[k]
		if i := slices.Index(p, s); i >= 0 {
			p = slices.Delete(p, i, i+1)
		}
		if len(p) >= x.maxPerKey {
			p = slices.Delete(p, 0, 1)
		}
		x.postings[k] = append(p, s)
	}
}

// lookup returns up to max stories sharing the most key weight with keys,
// best first; skip says which stories to leave out (retired, or the
// asking story itself).
func (x *index) lookup(keys []uint32, weight func(uint32) float64, max int, skip func(int32) bool) []int32 {
	clear(x.candidates)
	for _, k := range keys {
		w := weight(k)
		for _, s := range x.postings[k] {
			x.candidates[s] += w
		}
	}
	out := make([]int32, 0, len(x.candidates))
	for s := range x.candidates {
		if !skip(s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b int32) int {
		if c := cmp.Compare(x.candidates[b], x.candidates[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// prune drops stale stories from every posting list and the keys left
// empty, so the index holds the live stories only. It runs with each
// retirement, every few thousand additions.
func (x *index) prune(stale func(int32) bool) {
	for k, p := range x.postings {
		p = slices.DeleteFunc(p, stale)
		if len(p) == 0 {
			delete(x.postings, k)
		} else {
			x.postings[k] = p
		}
	}
}
