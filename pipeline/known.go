package pipeline

import (
	"hash/maphash"
	"math/bits"
	"sync"
	"sync/atomic"
)

// knownFilter is a Bloom filter of the record IDs stored: those in the
// store when the pipeline was built (restore) and those its runs have
// handed to the writer since. An extraction worker asks it before asking
// the store whether its page is stored: "no" from the filter is sure, so
// the worker extracts without the store's query (a prepared single-row
// SELECT through database/sql, 3% of a 10k bench ingest's CPU, for pages
// that are nearly all new); "maybe" still asks the store.
//
// The worker's answer only spares extracting a page stored before; the
// batcher asks the store again for each batch and decides every outcome
// from that, so neither a false "maybe" nor a page another process stored
// meanwhile can change an outcome. IDs go in before their batch reaches
// the writer, so a false "no" for an ID this process stored cannot
// happen: adding happens before the commit, and a transaction that fails
// only leaves an ID that answers "maybe".
//
// About 10 bits an ID (1.25 MB a million) and 7 probes give about 0.8%
// false "maybe"s a layer. When a layer holds as many IDs as it was sized
// for, a new one of twice the size takes the new IDs; a query looks in
// every layer. Holding every ID instead would take 32–64 MB a million.
type knownFilter struct {
	seed   maphash.Seed
	mu     sync.Mutex                    // serialises add
	layers atomic.Pointer[[]*bloomLayer] // replaced, never changed, when a layer is added
}

type bloomLayer struct {
	bits []uint64 // read and set atomically: workers ask while the batcher adds
	m    uint64   // number of bits
	cap  int      // IDs the layer is sized for
	n    int      // IDs added; guarded by knownFilter.mu
}

const (
	bloomBitsPerID = 10
	bloomProbes    = 7
	bloomMinCap    = 1 << 16
)

// newKnownFilter returns an empty filter sized for about n IDs.
func newKnownFilter(n int) *knownFilter {
	f := &knownFilter{seed: maphash.MakeSeed()}
	layers := []*bloomLayer{newBloomLayer(max(n, bloomMinCap))}
	f.layers.Store(&layers)
	return f
}

func newBloomLayer(capacity int) *bloomLayer {
	words := (capacity*bloomBitsPerID + 63) / 64
	return &bloomLayer{bits: make([]uint64, words), m: uint64(words) * 64, cap: capacity}
}

// probes calls fn with the word index and mask of each of id's bits in a
// layer of m bits: double hashing (Kirsch and Mitzenmacher) of one 64-bit
// hash, each probe mapped onto [0, m) by a multiply rather than a modulo.
func probes(h, m uint64, fn func(word int, mask uint64) bool) bool {
	h2 := bits.RotateLeft64(h, 32) | 1
	for i := range uint64(bloomProbes) {
		bit, _ := bits.Mul64(h+i*h2, m)
		if !fn(int(bit/64), 1<<(bit%64)) {
			return false
		}
	}
	return true
}

// mayContain reports false only when id was never added. A nil filter
// (TestKnownFilterKeepsOutcomes' plain run) says "maybe" to every ID.
func (f *knownFilter) mayContain(id string) bool {
	if f == nil {
		return true
	}
	h := maphash.String(f.seed, id)
	for _, l := range *f.layers.Load() {
		if probes(h, l.m, func(w int, mask uint64) bool { return atomic.LoadUint64(&l.bits[w])&mask != 0 }) {
			return true
		}
	}
	return false
}

// add puts ids in the filter. It is safe alongside mayContain.
func (f *knownFilter) add(ids ...string) {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	layers := *f.layers.Load()
	for _, id := range ids {
		l := layers[len(layers)-1]
		if l.n >= l.cap {
			l = newBloomLayer(2 * l.cap)
			layers = append(layers[:len(layers):len(layers)], l) // a new array: readers keep the old one
			f.layers.Store(&layers)
		}
		h := maphash.String(f.seed, id)
		probes(h, l.m, func(w int, mask uint64) bool {
			atomic.OrUint64(&l.bits[w], mask)
			return true
		})
		l.n++
	}
}
