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

// mapLocalVecs is localVecs as first written, counting terms in a map: the
// reference for the counts kept by id in the clusterer's scratch.
func mapLocalVecs(c *Clusterer, ms []member) []vec {
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

// TestLocalVecsMatchesMap checks localVecs against mapLocalVecs on random
// stories, one after another with the same clusterer, so counts left
// behind by one story would show in the next.
func TestLocalVecsMatchesMap(t *testing.T) {
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
		got, want := c.localVecs(ms), mapLocalVecs(c, ms)
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("member %d of %d: got %v, want %v", i, len(ms), got[i], want[i])
			}
		}
	}
}
