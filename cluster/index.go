package cluster

import (
	"cmp"
	"slices"
)

// index maps keys (rare content terms, names, numbers and dates) to the
// stories that hold them. Each posting list is bounded, so retrieving
// candidates costs the same with a thousand stories or a million.
type index struct {
	postings  map[uint32][]int32
	maxPerKey int
	// Scratch reused between lookups: the key weight each story has
	// gathered, by story number, and the stories that gathered any.
	acc     []float64
	seen    []bool
	touched []int32
}

func newIndex(maxPerKey int) *index {
	return &index{postings: make(map[uint32][]int32), maxPerKey: maxPerKey}
}

// candidate is a story and the key weight it shares with a lookup.
type candidate struct {
	story int32
	w     float64
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
	for _, k := range keys {
		w := weight(k)
		for _, s := range x.postings[k] {
			if int(s) >= len(x.acc) {
				x.acc = slices.Grow(x.acc, int(s)+1-len(x.acc))[:int(s)+1]
				x.seen = slices.Grow(x.seen, int(s)+1-len(x.seen))[:int(s)+1]
			}
			if !x.seen[s] {
				x.seen[s] = true
				x.touched = append(x.touched, s)
			}
			x.acc[s] += w
		}
	}
	cands := make([]candidate, 0, len(x.touched))
	for _, s := range x.touched {
		if !skip(s) {
			cands = append(cands, candidate{s, x.acc[s]})
		}
		x.acc[s], x.seen[s] = 0, false
	}
	x.touched = x.touched[:0]
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.story, b.story))
	})
	out := make([]int32, min(max, len(cands)))
	for i := range out {
		out[i] = cands[i].story
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
