package cluster

import (
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The scattered dot product stands in for the merge join in bestStory, so
// it must give the join's sum to the bit, or assignments would change.
func TestDotScatteredMatchesJoin(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const terms = 500
	idf := make([]float32, terms)
	for i := range idf {
		idf[i] = rng.Float32() * 8
	}
	randVec := func() vec {
		var ids []uint32
		for range rng.IntN(200) {
			ids = append(ids, uint32(rng.IntN(terms)))
		}
		return vecFromIDs(ids).unit()
	}
	byID := make([]float32, terms)
	for range 200 {
		a, b := randVec(), randVec()
		for _, e := range a {
			byID[e.id] = e.w
		}
		if got, want := dotScattered(byID, b, idf), dotIDF(a, b, idf); got != want {
			t.Fatalf("scattered %v, join %v", got, want)
		}
		for _, e := range a {
			byID[e.id] = 0
		}
	}
}

// TestAddScaledInPlace holds addScaledInPlace to addScaled on random
// sorted vectors sharing some ids, with and without room in a, weights
// that cancel (k=-1 on a's own entries) included; b must come out as it
// went in.
func TestAddScaledInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	randVec := func(n int) vec {
		ids := map[uint32]bool{}
		for len(ids) < n {
			ids[uint32(rng.IntN(3*n+1))] = true
		}
		v := make(vec, 0, n)
		for _, id := range slices.Sorted(maps.Keys(ids)) {
			v = append(v, entry{id: id, w: rng.Float32()})
		}
		return v
	}
	for trial := range 5000 {
		a, b := randVec(rng.IntN(40)), randVec(rng.IntN(40))
		if trial%3 == 0 && len(a) > 0 { // b takes some of a's entries out exactly
			b = addScaled(b, a[:rng.IntN(len(a))], 1)
		}
		k := float32(1)
		if trial%2 == 1 {
			k = -1
		}
		want := addScaled(a, b, k)
		if room := rng.IntN(3); room > 0 { // a with spare capacity, as a centroid has
			a = append(make(vec, 0, len(a)+rng.IntN(room*len(b)+1)), a...)
		}
		if trial%4 < 2 { // b with spare capacity: the sum must still not be made in b's array
			b = append(make(vec, 0, 2*len(b)+8), b...)
		}
		bWas := slices.Clone(b)
		got := addScaledInPlace(a, b, k)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: in place %v, plain %v", trial, got, want)
		}
		// The next sum is made in got's array, as a centroid's is; b, a
		// document's features, must not see it.
		c := randVec(rng.IntN(8))
		if next, want := addScaledInPlace(got, c, 1), addScaled(want, c, 1); !slices.Equal(next, want) {
			t.Fatalf("trial %d: the next sum in place %v, plain %v", trial, next, want)
		}
		if !slices.Equal(b, bWas) {
			t.Fatalf("trial %d: b changed", trial)
		}
	}
}

// TestVecsInPlace runs the state test's stream, with maintenance, splits,
// retirements and moves, through a clusterer summing and scaling vectors
// in place (centroids, features, localVecs) and one making each anew: the
// same assignments, scores and moves, and the same state at the end.
func TestVecsInPlace(t *testing.T) {
	docs, o := stateStream(3000)
	runWith := func(inPlace bool) ([]string, []byte) {
		c := New(o)
		c.newVecs = !inPlace
		steps := feed(c, docs, 0)
		data, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return steps, data
	}
	want, wantState := runWith(false)
	got, gotState := runWith(true)
	if !slices.Equal(got, want) {
		i := 0
		for i < min(len(got), len(want)) && got[i] == want[i] {
			i++
		}
		t.Fatalf("in place the clusterer went another way at step %d of %d/%d", i, len(got), len(want))
	}
	if !slices.Equal(gotState, wantState) {
		t.Errorf("final states differ: %d and %d bytes", len(gotState), len(wantState))
	}
}

// TestUnit holds unit and unitOwn to what they are for: the same terms,
// weights in the same proportions, of unit L2 norm (nil for a zero
// vector); unit leaves its input alone, unitOwn writes in it.
func TestUnit(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 7))
	for trial := range 2000 {
		v := make(vec, 1+rng.IntN(30))
		for i := range v {
			v[i] = entry{id: uint32(3 * i), w: rng.Float32() * 5}
		}
		if trial%10 == 0 {
			for i := range v {
				v[i].w = 0
			}
		}
		var norm float64
		for _, e := range v {
			norm += float64(e.w) * float64(e.w)
		}
		norm = math.Sqrt(norm)
		was := slices.Clone(v)
		got := v.unit()
		if !slices.Equal(v, was) {
			t.Fatalf("trial %d: unit changed its input", trial)
		}
		own := v.unitOwn()
		if !slices.Equal(got, own) || (got == nil) != (own == nil) {
			t.Fatalf("trial %d: unitOwn %v, unit %v", trial, own, got)
		}
		if norm == 0 {
			if got != nil {
				t.Fatalf("trial %d: unit of a zero vector is %v, want nil", trial, got)
			}
			continue
		}
		if &own[0] != &v[0] {
			t.Fatalf("trial %d: unitOwn made a new array", trial)
		}
		var sum float64
		for i, e := range got {
			if e.id != was[i].id || math.Abs(float64(e.w)-float64(was[i].w)/norm) > 1e-6 {
				t.Fatalf("trial %d: entry %d is %v, want id %d weight %g", trial, i, e, was[i].id, float64(was[i].w)/norm)
			}
			sum += float64(e.w) * float64(e.w)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Fatalf("trial %d: squared norm %g", trial, sum)
		}
	}
}
