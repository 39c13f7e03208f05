package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// sparseTwoMeansFrom is twoMeansFrom as first written, over sparse sums:
// the reference the dense version must match cut for cut.
func sparseTwoMeansFrom(vs []vec, a, b int) ([]bool, float64) {
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

// The dense 2-means gives the same cut and objective as the sparse one,
// on stories of two overlapping vocabularies.
func TestTwoMeansDenseMatchesSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 200 {
		n := 2 + rng.IntN(40)
		vs := make([]vec, n)
		for i := range vs {
			base := uint32(rng.IntN(2) * 300) // two events' vocabularies
			var ids []uint32
			for range 5 + rng.IntN(60) {
				ids = append(ids, base+uint32(rng.IntN(400)))
			}
			vs[i] = vecFromIDs(ids).unit()
		}
		lt := newLocalTerms(vs)
		for range 4 {
			a, b := rng.IntN(n), rng.IntN(n)
			want, wantObj := sparseTwoMeansFrom(vs, a, b)
			got, gotObj := twoMeansFrom(lt, a, b)
			if !slices.Equal(got, want) || gotObj != wantObj {
				t.Fatalf("trial %d seeds %d,%d: dense cut %v obj %v, sparse %v obj %v", trial, a, b, got, gotObj, want, wantObj)
			}
		}
	}
}

// TestLocalCountsMatchesMap checks the term counts localVecs weighs by,
// kept by id in the clusterer's scratch, against counting in a map (as
// localVecs first did), on random stories one after another with the same
// clusterer: counts left behind by one story would show in the next.
func TestLocalCountsMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	c := New(DefaultOptions())
	c.voc.idf = make([]float32, 80)
	for i := range c.voc.idf {
		c.voc.idf[i] = 1 + rng.Float32()
	}
	randVec := func(from uint32) vec {
		var v vec
		for id := from; id < from+40; id++ {
			if rng.IntN(4) == 0 {
				v = append(v, entry{id: id, w: rng.Float32()})
			}
		}
		return v
	}
	for range 200 {
		ms := make([]member, 2+rng.IntN(8))
		for i := range ms {
			ms[i].f = &features{body: randVec(0), ents: randVec(30)}
		}
		want := map[uint32]int32{}
		for _, m := range ms {
			for _, v := range []vec{m.f.body, m.f.ents} {
				for _, e := range v {
					want[e.id]++
				}
			}
		}
		got := c.localCounts(ms, 1)
		for id := range uint32(len(got)) {
			if got[id] != want[id] {
				t.Fatalf("story of %d members: term %d counted %d times, want %d", len(ms), id, got[id], want[id])
			}
		}
		for id, n := range c.localCounts(ms, 0) {
			if n != 0 {
				t.Fatalf("term %d left at %d after the counts were cleared", id, n)
			}
		}
	}
}
