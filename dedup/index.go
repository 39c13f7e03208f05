package dedup

import (
	"cmp"
	"fmt"
	"slices"
)

// MaxArticles is the most articles one Index holds: hash table slots keep
// a 24-bit article number beside an 8-bit tag. Past it, shard indexes by
// time (copies are published within days of each other).
const MaxArticles = 1<<24 - 1

// Match is an indexed article that is a copy of the queried one.
type Match struct {
	// ID is the id the article was added under.
	ID string
	// Exact is true when the word sequences are identical.
	Exact bool
	// Jaccard is the estimated Jaccard similarity of the shingle sets.
	Jaccard float64
	// Containment is the estimated share of the shorter article's
	// shingles that the longer one holds.
	Containment float64
}

// Index finds the copies of an article among those added before.
//
// It keeps per article the id, the word count, the exact hash, a 16-bit
// digest of each MinHash value (2 bytes instead of 4; the chance that two
// different values share a digest, 2^-16, is negligible beside the
// estimate's own error) and one 4-byte slot per band in open-addressing
// hash tables whose keys are recomputed from those digests rather than
// stored: about 500 bytes an article with DefaultOptions (Bytes reports
// it). Query cost depends on the number of bands and candidates, not on
// the number of articles.
//
// An Index is not safe for concurrent use: one goroutine owns it.
type Index struct {
	o      Options
	ids    []byte   // all ids, concatenated
	idEnd  []uint32 // idEnd[i] is where article i's id ends in ids
	words  []uint32
	exact  []uint64
	digest []uint16 // Hashes digests per article; none for exact-only articles
	dpos   []uint32 // dpos[i] is article i's first digest, noDigest when it has none
	exacts table
	bands  []table
	cands  []int32 // Query scratch
}

const noDigest = ^uint32(0)

// NewIndex returns an empty Index with o.
func NewIndex(o Options) *Index {
	return &Index{o: o, bands: make([]table, o.Bands)}
}

// Len returns the number of articles added.
func (ix *Index) Len() int { return len(ix.idEnd) }

// Add indexes an article under id. A signature made with other Options
// (a different number of values) is matched by its exact hash only. Add
// panics past MaxArticles.
func (ix *Index) Add(id string, s Signature) {
	doc := len(ix.idEnd)
	if doc >= MaxArticles {
		panic(fmt.Sprintf("dedup: index full at %d articles; shard by time", doc))
	}
	ix.ids = append(ix.ids, id...)
	ix.idEnd = append(ix.idEnd, uint32(len(ix.ids)))
	ix.words = append(ix.words, uint32(min(s.Words, 1<<32-1)))
	ix.exact = append(ix.exact, s.Exact)
	if ix.exacts.full() {
		ix.exacts.grow(ix.exactRehash)
	}
	ix.exacts.insert(doc, ix.exactHash(s.Exact))
	if !ix.banded(s) {
		ix.dpos = append(ix.dpos, noDigest)
		return
	}
	ix.dpos = append(ix.dpos, uint32(len(ix.digest)))
	for _, v := range s.Min {
		ix.digest = append(ix.digest, digest(v))
	}
	for b := range ix.bands {
		t := &ix.bands[b]
		if t.full() {
			t.grow(func(d int) uint64 { return ix.bandHash(b, ix.docKey(d, b)) })
		}
		t.insert(doc, ix.bandHash(b, ix.docKey(doc, b)))
	}
}

// Query returns the indexed copies of the article signed s: exact matches
// first, then by falling Jaccard similarity.
func (ix *Index) Query(s Signature) []Match {
	var out []Match
	ix.exacts.lookup(ix.exactHash(s.Exact), func(doc int) {
		if ix.exact[doc] == s.Exact {
			out = append(out, Match{ID: ix.id(doc), Exact: true, Jaccard: 1, Containment: 1})
		}
	})
	if !ix.banded(s) {
		return out
	}
	q := make([]uint16, len(s.Min))
	for i, v := range s.Min {
		q[i] = digest(v)
	}
	for _, doc := range ix.candidates(q) {
		if ix.exact[doc] == s.Exact {
			continue // already reported
		}
		jac, con := estimate(ix.agreement(int(doc), q), s.Words, int(ix.words[doc]), ix.o.Shingle)
		if ix.isCopy(jac, con, min(s.Words, int(ix.words[doc]))) {
			out = append(out, Match{ID: ix.id(int(doc)), Jaccard: jac, Containment: con})
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if a.Exact != b.Exact {
			if a.Exact {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.Jaccard, a.Jaccard), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// candidates returns the articles sharing at least one band with q, once
// each.
func (ix *Index) candidates(q []uint16) []int32 {
	ix.cands = ix.cands[:0]
	for b := range ix.bands {
		key := bandKey(q, b, ix.o.Rows)
		ix.bands[b].lookup(ix.bandHash(b, key), func(doc int) {
			if ix.docKey(doc, b) == key {
				ix.cands = append(ix.cands, int32(doc))
			}
		})
	}
	slices.Sort(ix.cands)
	return slices.Compact(ix.cands)
}

// agreement returns the share of MinHash values doc shares with q.
func (ix *Index) agreement(doc int, q []uint16) float64 {
	d := ix.digest[ix.dpos[doc]:][:len(q)]
	n := 0
	for i, v := range q {
		if d[i] == v {
			n++
		}
	}
	return float64(n) / float64(len(q))
}

func (ix *Index) isCopy(jaccard, containment float64, shorterWords int) bool {
	return jaccard >= ix.o.MinJaccard ||
		(containment >= ix.o.MinContainment && shorterWords >= ix.o.MinContainedWords)
}

func (ix *Index) banded(s Signature) bool {
	return len(s.Min) == ix.o.Hashes && ix.o.Hashes > 0 && ix.o.Bands*ix.o.Rows <= ix.o.Hashes
}

func (ix *Index) id(doc int) string {
	start := uint32(0)
	if doc > 0 {
		start = ix.idEnd[doc-1]
	}
	return string(ix.ids[start:ix.idEnd[doc]])
}

func (ix *Index) docKey(doc, band int) uint32 {
	return bandKey(ix.digest[ix.dpos[doc]:], band, ix.o.Rows)
}

func (ix *Index) exactHash(h uint64) uint64 { return mix64(h ^ 0x5bd1e995) }

func (ix *Index) exactRehash(doc int) uint64 { return ix.exactHash(ix.exact[doc]) }

func (ix *Index) bandHash(band int, key uint32) uint64 {
	return mix64(uint64(band)<<32 | uint64(key))
}

// Bytes returns the memory the index holds, from its slices' capacities.
func (ix *Index) Bytes() int {
	n := cap(ix.ids) + 4*cap(ix.idEnd) + 4*cap(ix.words) + 8*cap(ix.exact) +
		2*cap(ix.digest) + 4*cap(ix.dpos) + ix.exacts.bytes()
	for i := range ix.bands {
		n += ix.bands[i].bytes()
	}
	return n
}

// digest maps a MinHash value to 16 well-mixed bits: values are minima,
// so their own high bits are mostly zero.
func digest(v uint32) uint16 { return uint16(mix64(uint64(v)) >> 48) }

// bandKey packs a band's digests into 32 bits: exactly for 2 rows, hashed
// otherwise.
func bandKey(d []uint16, band, rows int) uint32 {
	row := d[band*rows : (band+1)*rows]
	if rows == 2 {
		return uint32(row[0])<<16 | uint32(row[1])
	}
	h := uint64(rows)
	for _, v := range row {
		h = mix64(h ^ uint64(v))
	}
	return uint32(h)
}

// estimate turns the share of agreeing values into estimated Jaccard
// similarity and containment of the shorter article in the longer, from
// the shingle counts the word counts imply: |A∩B| = J(|A|+|B|)/(1+J).
func estimate(agree float64, wordsA, wordsB, shingle int) (jaccard, containment float64) {
	// Unrelated digests agree by chance with probability 2^-16.
	const chance = 1.0 / 65536
	jaccard = max(0, (agree-chance)/(1-chance))
	na := float64(max(1, wordsA-shingle+1))
	nb := float64(max(1, wordsB-shingle+1))
	containment = min(1, jaccard*(na+nb)/(1+jaccard)/min(na, nb))
	return jaccard, containment
}

// Similarity returns the estimated Jaccard similarity of two signatures'
// shingle sets and the containment of the shorter in the longer, from
// their full values (an Index compares 16-bit digests).
func Similarity(a, b Signature, o Options) (jaccard, containment float64) {
	if a.Exact == b.Exact {
		return 1, 1
	}
	if len(a.Min) != len(b.Min) || len(a.Min) == 0 {
		return 0, 0
	}
	n := 0
	for i, v := range a.Min {
		if b.Min[i] == v {
			n++
		}
	}
	return estimate(float64(n)/float64(len(a.Min)), a.Words, b.Words, o.Shingle)
}
