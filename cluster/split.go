package cluster

import (
	"cmp"
	"math"
	"slices"
)

// A story that has swallowed two similar events (two celebrities entering
// rehab, two title fights of one boxer) looks like one topic to the global
// weights: the words they share are rare in the corpus. Inside the story
// those shared words say nothing, and what tells the events apart are the
// words one half shares and the other lacks — the other celebrity, the
// other opponent. split weighs terms by their rarity inside the story,
// cuts it in two with spherical 2-means, and keeps the cut only when each
// half has a name of its own (present in most of the half, rare in the
// other): two events have different protagonists, while the aspects of
// one event (the shooting, the trial) share theirs.

// splitStory returns the two halves of s's scored members when they are
// two events; ok is false when s should stay whole.
func (c *Clusterer) splitStory(s *story) (a, b []member, ok bool) {
	var ms []member
	for _, m := range s.members {
		if m.f != nil {
			ms = append(ms, m)
		}
	}
	if len(ms) < c.o.SplitMinSize || len(ms) > c.o.SplitMaxSize {
		return nil, nil, false
	}
	local := c.localVecs(ms)
	side := twoMeans(local, c.o.SplitSeeds)
	for i, m := range ms {
		if side[i] {
			a = append(a, m)
		} else {
			b = append(b, m)
		}
	}
	if len(a) < 2 || len(b) < 2 || !c.ownName(a, b) || !c.ownName(b, a) {
		return nil, nil, false
	}
	return a, b, c.halvesScore(a, b) < c.o.SplitMaxScore
}

// halvesScore is the centroid-to-centroid score of two halves: the aspects
// of one event (one protagonist, several places) still score high.
func (c *Clusterer) halvesScore(a, b []member) float64 {
	sa, sb := &story{normsAt: -1}, &story{normsAt: -1}
	for _, m := range a {
		c.addToCentroid(sa, m.f, 1)
	}
	for _, m := range b {
		c.addToCentroid(sb, m.f, 1)
	}
	return c.storyScore(sa, sb)
}

// localVecs returns each member's body and name terms weighted by global
// IDF times IDF inside the story, as unit vectors.
func (c *Clusterer) localVecs(ms []member) []vec {
	df := map[uint32]int{}
	for _, m := range ms {
		for _, v := range []vec{m.f.body, m.f.ents} {
			for _, e := range v {
				df[e.id]++
			}
		}
	}
	n := float64(len(ms))
	out := make([]vec, len(ms))
	for i, m := range ms {
		merged := addScaled(m.f.body, m.f.ents, 1)
		v := make(vec, 0, len(merged))
		for _, e := range merged {
			// Terms of a single member cannot group members; terms of all
			// say nothing inside the story.
			if d := df[e.id]; d > 1 {
				w := float64(e.w) * float64(c.voc.idf[e.id]) * math.Log(n/float64(d))
				if w > 0 {
					v = append(v, entry{id: e.id, w: float32(w)})
				}
			}
		}
		out[i] = v.unit()
	}
	return out
}

// twoMeans cuts unit vectors in two by spherical 2-means. It starts from
// up to seeds deterministic seed pairs (each of the members least like
// the rest, with the member least like it) and keeps the cut with the highest
// spherical k-means objective, the summed norms of the halves' sums. It
// returns true for the vectors on the first half.
func twoMeans(vs []vec, seeds int) []bool {
	var sum vec
	for _, v := range vs {
		sum = addScaled(sum, v, 1)
	}
	var best []bool
	bestObj := -1.0
	tried := map[[2]int]bool{}
	for _, first := range leastLike(vs, sum, seeds) {
		pair := [2]int{first, argmin(vs, vs[first])}
		if pair[0] > pair[1] {
			pair[0], pair[1] = pair[1], pair[0]
		}
		if tried[pair] {
			continue
		}
		tried[pair] = true
		side, obj := twoMeansFrom(vs, pair[0], pair[1])
		if obj > bestObj {
			best, bestObj = side, obj
		}
	}
	return best
}

// twoMeansFrom runs spherical 2-means from two seed vectors.
func twoMeansFrom(vs []vec, a, b int) ([]bool, float64) {
	ca, cb := vs[a], vs[b]
	side := make([]bool, len(vs))
	var obj float64
	for iter := range 8 {
		var na, nb vec
		changed := false
		for i, v := range vs {
			s := dot(v, ca) >= dot(v, cb)
			changed = changed || s != side[i] || iter == 0
			side[i] = s
			if s {
				na = addScaled(na, v, 1)
			} else {
				nb = addScaled(nb, v, 1)
			}
		}
		ca, cb = na, nb
		obj = math.Sqrt(dot(na, na)) + math.Sqrt(dot(nb, nb))
		if !changed {
			break
		}
	}
	return side, obj
}

// leastLike returns the indexes of the n vectors least like ref, least
// first.
func leastLike(vs []vec, ref vec, n int) []int {
	idx := make([]int, len(vs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(dot(vs[a], ref), dot(vs[b], ref)) })
	return idx[:min(n, len(idx))]
}

// argmin returns the index of the vector least like ref (lowest index on
// ties).
func argmin(vs []vec, ref vec) int {
	best, bestDot := 0, math.Inf(1)
	for i, v := range vs {
		if d := dot(v, ref); d < bestDot {
			best, bestDot = i, d
		}
	}
	return best
}

// dot is the plain dot product of two sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// ownName reports whether some name is held by at least SplitNameShare of
// the members of a and by at most SplitNameLeak of those of b.
func (c *Clusterer) ownName(a, b []member) bool {
	count := func(ms []member) map[uint32]int {
		n := map[uint32]int{}
		for _, m := range ms {
			for _, e := range m.f.ents {
				n[e.id]++
			}
		}
		return n
	}
	inA, inB := count(a), count(b)
	for id, n := range inA {
		if float64(n) >= c.o.SplitNameShare*float64(len(a)) && float64(inB[id]) <= c.o.SplitNameLeak*float64(len(b)) {
			return true
		}
	}
	return false
}
