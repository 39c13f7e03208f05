package cluster

import (
	"math"
	"slices"
)

// entry is one weighted term of a sparse vector.
type entry struct {
	id uint32
	w  float32
}

// vec is a sparse vector sorted by term id. Weights are raw (sublinear
// term frequency); IDF is applied when vectors are compared, because IDF is
// learned online and changes as documents arrive.
type vec []entry

// vecFromIDs turns a list of term ids with repeats (which it sorts) into
// a vector with sublinear weights 1+ln(tf), so a name repeated ten times
// does not drown the rest. Counting by sorting costs a fraction of a map
// per document.
func vecFromIDs(ids []uint32) vec {
	slices.Sort(ids)
	v := make(vec, 0, len(ids))
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		v = append(v, entry{id: ids[i], w: tfWeight(j - i)})
		i = j
	}
	return slices.Clip(v)
}

// tfWeight is the weight of a term counted n times, 1 + ln n; counts
// under 64, nearly all of them, come from a table.
func tfWeight(n int) float32 {
	if n < len(tfWeights) {
		return tfWeights[n]
	}
	return float32(1 + math.Log(float64(n)))
}

var tfWeights = func() (t [64]float32) {
	for n := 1; n < len(t); n++ {
		t[n] = float32(1 + math.Log(float64(n)))
	}
	return t
}()

func cmpID(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// normIDF returns the L2 norm of v weighted by idf.
func (v vec) normIDF(idf []float32) float64 {
	var s float64
	for _, e := range v {
		x := float64(e.w * idf[e.id])
		s += x * x
	}
	return math.Sqrt(s)
}

// dotIDF returns the idf-weighted dot product of a and b (merge join).
func dotIDF(a, b vec, idf []float32) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			f := float64(idf[a[i].id])
			s += float64(a[i].w) * float64(b[j].w) * f * f
			i++
			j++
		}
	}
	return s
}

// dotScattered is dotIDF(a, b, idf) with a given by id (byID[id] is a's
// weight, 0 where a has none). Terms of b that a lacks add an exact zero,
// so the sum is dotIDF's, to the bit: the same products in the same order.
func dotScattered(byID []float32, b vec, idf []float32) float64 {
	var s float64
	for _, e := range b {
		f := float64(idf[e.id])
		s += float64(byID[e.id]) * float64(e.w) * f * f
	}
	return s
}

// cosine is the idf-weighted cosine of a and b; 0 when either is empty.
func cosine(a, b vec, idf []float32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	d := dotIDF(a, b, idf)
	if d == 0 {
		return 0
	}
	return d / (a.normIDF(idf) * b.normIDF(idf))
}

// unit returns v scaled to unit raw L2 norm, so each document weighs the
// same in a centroid whatever its length, in a new vector.
func (v vec) unit() vec {
	return slices.Clone(v).unitOwn()
}

// unitOwn is v.unit() made in v's own array, which no one else may hold:
// the same products, without a new vector.
func (v vec) unitOwn() vec {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	if s == 0 {
		return nil
	}
	k := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i].w *= k
	}
	return v
}

// addScaled returns a + k*b, dropping entries whose weight falls to ~0
// (k is negative when a document leaves a centroid).
func addScaled(a, b vec, k float32) vec {
	return appendScaled(make(vec, 0, len(a)+len(b)), a, b, k)
}

// appendScaled appends a + k*b to out, which must not share a's array.
func appendScaled(out, a, b vec, k float32) vec {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var e entry
		switch {
		case j >= len(b) || (i < len(a) && a[i].id < b[j].id):
			e = a[i]
			i++
		case i >= len(a) || b[j].id < a[i].id:
			e = entry{id: b[j].id, w: k * b[j].w}
			j++
		default:
			e = entry{id: a[i].id, w: a[i].w + k*b[j].w}
			i++
			j++
		}
		if e.w > 1e-6 {
			out = append(out, e)
		}
	}
	return out
}

// addScaledInPlace is addScaled(a, b, k) made in a's array when it has
// room for len(a)+len(b) entries, else in a new one (appendScaled) with
// room for another b as well (a story's next report is about as long). It merges from the
// ends down, so an entry of a is read before its slot is written (the
// slot written is never below the entries of a and b still to read), then
// moves the sum to the front. a must be the caller's own; b is only read.
// TestAddScaledInPlace holds it to addScaled.
func addScaledInPlace(a, b vec, k float32) vec {
	n := len(a) + len(b)
	if cap(a) < n {
		room := n
		if len(a) > 0 {
			room += len(b)
		}
		return appendScaled(make(vec, 0, room), a, b, k)
	}
	out := a[:n]
	i, j, p := len(a)-1, len(b)-1, n
	for i >= 0 || j >= 0 {
		var e entry
		switch {
		case j < 0 || (i >= 0 && a[i].id > b[j].id):
			e = a[i]
			i--
		case i < 0 || b[j].id > a[i].id:
			e = entry{id: b[j].id, w: k * b[j].w}
			j--
		default:
			e = entry{id: a[i].id, w: a[i].w + k*b[j].w}
			i--
			j--
		}
		if e.w > 1e-6 {
			p--
			out[p] = e
		}
	}
	if p == 0 { // nothing dropped: the sum fills out already
		return out
	}
	return out[:copy(out, out[p:])]
}

// truncate keeps the max entries of v with the highest idf-weighted
// weight (ties to the lower id), so a centroid's size, and the cost of
// comparing with it, stays bounded however many documents a story
// gathers. It finds the last entry kept by selecting on a copy of the
// keys in keys (scratch, returned for reuse), then keeps the entries at or
// above it in v's own order, by id: selecting in v and sorting the kept
// entries back by id was 4% of an ingest. It overwrites v, which must be
// the caller's own (addToCentroid's fresh sum). TestTruncateMatchesSort
// holds it to the plain sort.
func (v vec) truncate(max int, idf []float32, keys []keyed) (vec, []keyed) {
	if max <= 0 || len(v) <= max {
		return v, keys
	}
	keys = keys[:0]
	for _, e := range v {
		keys = append(keys, keyed{k: e.w * idf[e.id], id: e.id})
	}
	last := nthBest(keys, max)
	out := v[:0]
	for _, e := range v {
		if !last.better(keyed{e.w * idf[e.id], e.id}) {
			out = append(out, e)
		}
	}
	return out, keys
}

// keyed is an entry's id with the key it is ranked by.
type keyed struct {
	k  float32
	id uint32
}

// better orders keyed entries by key, highest first, then by id.
func (a keyed) better(b keyed) bool { return a.k > b.k || a.k == b.k && a.id < b.id }

// nthBest returns the n-th best of ks (1 ≤ n ≤ len(ks)) by quickselect,
// in linear expected time; it reorders ks.
func nthBest(ks []keyed, n int) keyed {
	target := n - 1
	lo, hi := 0, len(ks)-1
	for lo < hi {
		// Median of three as pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if ks[mid].better(ks[lo]) {
			ks[mid], ks[lo] = ks[lo], ks[mid]
		}
		if ks[hi].better(ks[lo]) {
			ks[hi], ks[lo] = ks[lo], ks[hi]
		}
		if ks[mid].better(ks[hi]) {
			ks[mid], ks[hi] = ks[hi], ks[mid]
		}
		p := lo
		for i := lo; i < hi; i++ {
			if ks[i].better(ks[hi]) {
				ks[i], ks[p] = ks[p], ks[i]
				p++
			}
		}
		ks[p], ks[hi] = ks[hi], ks[p]
		switch {
		case p == target:
			return ks[p]
		case p < target:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
	return ks[target]
}
