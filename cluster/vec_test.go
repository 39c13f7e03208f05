package cluster

import (
	"math/rand/v2"
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
