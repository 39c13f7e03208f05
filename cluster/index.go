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
	best    []candidate // the best candidates of the lookup under way
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
	best := x.best[:0]
	for _, s := range x.touched {
		if !skip(s) {
			best = keepBest(best, candidate{s, x.acc[s]}, max)
		}
		x.acc[s], x.seen[s] = 0, false
	}
	x.touched = x.touched[:0]
	x.best = best
	out := make([]int32, len(best))
	for i, c := range best {
		out[i] = c.story
	}
	return out
}

// keepBest adds c to best, which holds the (at most max) best candidates
// seen so far in order, and drops the one that falls off the end. A
// lookup touches hundreds of stories and keeps a dozen: sorting them all
// was a third of its cost. before is a total order (stories differ), so
// the dozen kept, and their order, are those of the full sort.
func keepBest(best []candidate, c candidate, max int) []candidate {
	if max <= 0 {
		return best
	}
	if len(best) == max {
		if !before(c, best[max-1]) {
			return best
		}
		best = best[:max-1]
	}
	i := len(best)
	for i > 0 && before(c, best[i-1]) {
		i--
	}
	return slices.Insert(best, i, c)
}

// before orders candidates by shared key weight, most first, then by
// story number.
func before(a, b candidate) bool {
	return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.story, b.story)) < 0
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
