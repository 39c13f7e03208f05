package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
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

// TestMeansCutNotOrderBorne: a 2-means cut whose halves pass the score
// test in the members' arrival order but not in ID order is not made. The
// halves' centroids are cut back to their CentroidTerms strongest terms
// whenever they grow past twice that, so which terms survive, and the
// halves' score, hang on the order the members are added in. Random
// stories from two overlapping vocabularies and name sets, members of
// many terms in random order; where the two orders score the same halves
// apart, SplitMaxScore is set between the two scores.
func TestMeansCutNotOrderBorne(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	c := New(DefaultOptions())
	c.voc.idf, c.voc.df = make([]float32, 2000), make([]uint32, 2000)
	for i := range c.voc.idf {
		c.voc.idf[i] = 1 + 3*rng.Float32()
		c.voc.df[i] = 1000 // every name in other stories too: no name groups
	}
	randVec := func(from, span uint32, p int) vec {
		var v vec
		for id := from; id < from+span; id++ {
			if rng.IntN(p) == 0 {
				v = append(v, entry{id: id, w: 0.2 + rng.Float32()})
			}
		}
		return v.unit()
	}
	orderBorne := 0
	for range 80 {
		ms := make([]member, c.o.SplitMinSize+rng.IntN(12))
		for i := range ms {
			side := uint32(rng.IntN(2)) * 400 // which event's words lead
			ms[i] = member{id: strconv.Itoa(rng.IntN(1000)) + "-" + strconv.Itoa(i), f: &features{
				body: randVec(side, 1200, 3),
				head: randVec(side, 1200, 20),
				ents: randVec(1600+side/8, 150, 4),
				nums: randVec(1900, 50, 6),
			}}
		}
		sorted := slices.Clone(ms)
		slices.SortFunc(sorted, memberByID)
		c.o.SplitMaxScore = 1
		a, _, arrival, ok := c.meansCut(ms)
		sa, _, inID, sortedOK := c.meansCut(sorted)
		if !ok || !sortedOK || len(a) != len(sa) || arrival >= inID-1e-4 {
			continue
		}
		c.o.SplitMaxScore = (arrival + inID) / 2
		_, _, years := c.yearsCut(ms)
		_, _, names := c.nameGroupsCut(ms)
		_, _, ages := c.ageGroupsCut(ms)
		if years || names || ages {
			continue
		}
		orderBorne++
		if _, _, _, cut := c.cutStory(&story{members: ms}); cut {
			t.Fatalf("%d members: halves scored %.4f in arrival order, %.4f in ID order, and cut at %.4f", len(ms), arrival, inID, c.o.SplitMaxScore)
		}
	}
	if orderBorne == 0 {
		t.Fatal("no story whose halves' score hangs on its members' order: the test checks nothing")
	}
}
