package dedup

import (
	"cmp"
	"encoding/hex"
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/zeebo/xxh3"
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
// The index itself is not persisted: after a restart, add the stored
// Signatures again; no text is rehashed, and a million adds take about
// 20 seconds of one core.
//
// An Index is not safe for concurrent use, queries included (they reuse
// scratch buffers): one goroutine owns it.
type Index struct {
	o      Options
	ids    []byte   // all ids, concatenated, packed (packID)
	idEnd  []uint32 // idEnd[i] is where article i's id ends in ids
	hexIDs []uint64 // bit i is set when article i's id is packed hex
	idBuf  []byte   // Doc scratch
	sizes  []uint32 // distinct shingles
	leads  []uint32 // low bits of Signature.Lead; 0 for none
	exact  []uint64
	// digest holds Hashes digests per article in the band tables, in
	// chunks of digestChunk articles, by row: the article's rank among
	// those in the bands (rowOf). Exact copies and empty articles have
	// none (zeros reads as theirs): a tenth of a news stream is exact
	// copies, and their 256 bytes of zeros were a tenth of the index.
	digest [][]uint16
	rows   int      // articles in the bands, so far
	zeros  []uint16 // Hashes zeros
	exacts table
	byID   table // articles by id, for Doc
	leadT  table // articles by Lead, so a short teaser is a candidate even when no band agrees
	bands  []table
	// inBands has bit i set when article i has digests and is in the
	// band tables (not an exact copy, not empty, signed with these
	// Options; the tables, when there are any); rankAt[w] is
	// the number of bits set in inBands[:w].
	inBands []uint64
	rankAt  []uint32
	q       []uint16 // Query scratch
	cands   []int32
	hits    []int32
	keys    []uint32
	sink    uint32 // keeps the prefetching loads in candidates
}

// NewIndex returns an empty Index with o.
func NewIndex(o Options) *Index {
	return &Index{o: o, bands: make([]table, o.Bands), zeros: make([]uint16, o.Hashes)}
}

// Reserve makes room for n articles before the first Add, so that adding
// them does not grow the hash tables on the way: a restart re-adds every
// stored signature, and growing each band table by half again, rehashing
// all it held each time, was half the cost of adding a hundred thousand.
// Results do not depend on the tables' size. Once articles are added,
// Reserve does nothing.
func (ix *Index) Reserve(n int) {
	if ix.Len() > 0 {
		return
	}
	size := n*20/17 + 16 // n entries stay under the 85% at which a table grows
	ix.exacts.slots = make([]uint32, size)
	ix.byID.slots = make([]uint32, size)
	ix.leadT.slots = make([]uint32, size)
	for b := range ix.bands {
		ix.bands[b].slots = make([]uint32, size)
	}
}

// Len returns the number of articles added.
func (ix *Index) Len() int { return len(ix.idEnd) }

// Add indexes an article under id. A signature made with other Options
// (a different number of values) is matched by its exact hash only; one
// without words is kept but never matched, as empty bodies are not copies
// of each other. Add panics past MaxArticles.
func (ix *Index) Add(id string, s Signature) {
	doc := len(ix.idEnd)
	if doc >= MaxArticles {
		panic(fmt.Sprintf("dedup: index full at %d articles; shard by time", doc))
	}
	var packed bool
	ix.ids, packed = packID(ix.ids, id)
	ix.idEnd = append(ix.idEnd, uint32(len(ix.ids)))
	if doc%64 == 0 {
		ix.hexIDs = append(ix.hexIDs, 0)
	}
	if packed {
		ix.hexIDs[doc/64] |= 1 << (doc % 64)
	}
	ix.sizes = append(ix.sizes, uint32(min(s.Shingles, 1<<32-1)))
	ix.leads = append(ix.leads, uint32(s.Lead))
	ix.exact = append(ix.exact, s.Exact)
	// Doc answers the first article of an id, so a later one stays out of
	// the id table: an id added over and over makes no long probe run.
	key := ix.ids[ix.idStart(doc):]
	h := packedHash(key, packed)
	if _, again := ix.lookup(key, packed, h); !again {
		if ix.byID.full() {
			ix.byID.grow(ix.idHash)
		}
		ix.byID.insert(doc, h)
	}
	if s.Words == 0 {
		return
	}
	// An exact copy of an indexed article stays out of the bands: a
	// query reaches it through the first copy, and a story syndicated a
	// thousand times does not make a thousand-slot run in every band.
	follower := len(ix.sameExact(s.Exact)) > 0
	if ix.exacts.full() {
		ix.exacts.grow(ix.exactRehash)
	}
	ix.exacts.insert(doc, ix.exactHash(s.Exact))
	if follower {
		return
	}
	if s.Lead != 0 && ix.leadCount(uint32(s.Lead)) < maxLeadShare {
		if ix.leadT.full() {
			ix.leadT.grow(func(d int) uint64 { return ix.leadHash(ix.leads[d]) })
		}
		ix.leadT.insert(doc, ix.leadHash(uint32(s.Lead)))
	}
	if ix.banded(s) {
		d := ix.newDigest()
		for i, v := range s.Min {
			d[i] = digest(v)
		}
		ix.addBands(doc)
	}
}

// addBands marks doc as having digests, the last row, and enters it in
// every band table.
func (ix *Index) addBands(doc int) {
	for len(ix.inBands) <= doc/64 {
		ix.inBands = append(ix.inBands, 0)
		ix.rankAt = append(ix.rankAt, uint32(ix.rows-1)) // the row just made is doc's
	}
	ix.inBands[doc/64] |= 1 << (doc % 64)
	if len(ix.bands) == 0 {
		return
	}
	// Every band holds the same articles, so all fill at once.
	if ix.bands[0].full() {
		ix.growBands(doc)
	}
	for b := range ix.bands {
		ix.bands[b].insert(doc, ix.bandHash(b, ix.docKey(doc, b)))
	}
}

// growBands rebuilds every band table half as large again from the
// articles before doc, in article order: each article's digests are read
// once, in sequence, where growing table by table would read them once per
// band, in slot order, a cache miss each at a million articles.
func (ix *Index) growBands(doc int) {
	for b := range ix.bands {
		t := &ix.bands[b]
		t.slots = make([]uint32, max(16, len(t.slots)+len(t.slots)/2))
	}
	for d := range doc {
		if ix.inBands[d/64]&(1<<(d%64)) == 0 {
			continue
		}
		for b := range ix.bands {
			ix.bands[b].place(d, ix.bandHash(b, ix.docKey(d, b)))
		}
	}
}

// Query returns the indexed copies of the article signed s: exact matches
// first, then by falling Jaccard similarity.
func (ix *Index) Query(s Signature) []Match {
	if s.Words == 0 {
		return nil
	}
	banded := ix.banded(s)
	q := ix.prefetch(s, banded)
	var out []Match
	for _, doc := range ix.sameExact(s.Exact) {
		out = append(out, Match{ID: ix.id(int(doc)), Exact: true, Jaccard: 1, Containment: 1})
	}
	if !banded {
		return out
	}
	for _, doc := range ix.candidates(q, uint32(s.Lead)) {
		if ix.exact[doc] == s.Exact {
			continue // already reported
		}
		size := int(ix.sizes[doc])
		jac, con := estimate(ix.agreement(int(doc), q), s.Shingles, size)
		if !isCopy(ix.o, jac, con, min(s.Shingles, size), s.Lead != 0 && uint32(s.Lead) == ix.leads[doc]) {
			continue
		}
		for _, d := range ix.sameExact(ix.exact[doc]) { // doc and its exact copies
			out = append(out, Match{ID: ix.id(int(d)), Jaccard: jac, Containment: con})
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

// sameExact returns the articles whose exact hash is h, in the order
// added; the slice is reused by the next call.
func (ix *Index) sameExact(h uint64) []int32 {
	ix.hits = ix.exacts.appendTagged(ix.hits[:0], ix.exactHash(h))
	same := ix.hits[:0]
	for _, doc := range ix.hits {
		if ix.exact[doc] == h {
			same = append(same, doc)
		}
	}
	slices.Sort(same) // probing order is not insertion order
	return same
}

// maxLeadShare is how many articles may share a lead in the lead table.
// An opening that many articles share is boilerplate the extractor left
// ("Sign up for our newsletter ..."), not evidence of a teaser; capping it
// keeps inserts and queries from walking an ever longer run. Copies of a
// widely syndicated story still meet in the bands.
const maxLeadShare = 64

// leadCount returns how many indexed articles have the lead, counting no
// further than maxLeadShare.
func (ix *Index) leadCount(lead uint32) int {
	n := 0
	ix.hits = ix.leadT.appendTagged(ix.hits[:0], ix.leadHash(lead))
	for _, doc := range ix.hits {
		if ix.leads[doc] == lead {
			n++
		}
	}
	return min(n, maxLeadShare)
}

// prefetch computes the query's digests and band keys (when banded) and
// touches the home slot of every table the query will probe before
// probing any: the loads are independent, so the processor overlaps their
// cache misses instead of waiting for each in turn (at 1M articles the
// tables are far larger than the cache).
func (ix *Index) prefetch(s Signature, banded bool) []uint16 {
	sink := ix.exacts.peek(ix.exactHash(s.Exact))
	ix.q, ix.keys = ix.q[:0], ix.keys[:0]
	if banded {
		for _, v := range s.Min {
			ix.q = append(ix.q, digest(v))
		}
		if s.Lead != 0 {
			sink |= ix.leadT.peek(ix.leadHash(uint32(s.Lead)))
		}
		for b := range ix.bands {
			key := bandKey(ix.q, b, ix.o.Rows)
			ix.keys = append(ix.keys, key)
			sink |= ix.bands[b].peek(ix.bandHash(b, key))
		}
	}
	ix.sink = sink
	return ix.q
}

// candidates returns the articles sharing at least one band with q or
// the lead (when not 0), once each; prefetch has set ix.keys.
func (ix *Index) candidates(q []uint16, lead uint32) []int32 {
	ix.cands = ix.cands[:0]
	if lead != 0 {
		ix.hits = ix.leadT.appendTagged(ix.hits[:0], ix.leadHash(lead))
		if n := len(ix.hits); n < maxLeadShare {
			for _, doc := range ix.hits {
				if ix.leads[doc] == lead {
					ix.cands = append(ix.cands, doc)
				}
			}
		}
	}
	for b, key := range ix.keys {
		ix.hits = ix.bands[b].appendTagged(ix.hits[:0], ix.bandHash(b, key))
		for _, doc := range ix.hits {
			if ix.docKey(int(doc), b) == key {
				ix.cands = append(ix.cands, doc)
			}
		}
	}
	slices.Sort(ix.cands)
	return slices.Compact(ix.cands)
}

// agreement returns the share of MinHash values doc shares with q.
func (ix *Index) agreement(doc int, q []uint16) float64 {
	d := ix.docDigest(doc)[:len(q)]
	n := 0
	for i, v := range q {
		if d[i] == v {
			n++
		}
	}
	return float64(n) / float64(len(q))
}

// isCopy applies the verification thresholds; shorter is the shorter
// article's distinct shingle count, lead whether both open alike.
func isCopy(o Options, jaccard, containment float64, shorter int, lead bool) bool {
	minC := o.MinContainment
	if lead {
		minC = min(minC, o.MinLeadContainment)
	}
	return jaccard >= o.MinJaccard ||
		(containment >= minC && shorter+o.Shingle-1 >= o.MinContainedWords)
}

func (ix *Index) banded(s Signature) bool {
	return len(s.Min) == ix.o.Hashes && ix.o.Hashes > 0 && ix.o.Bands*ix.o.Rows <= ix.o.Hashes
}

func (ix *Index) id(doc int) string {
	b := ix.ids[ix.idStart(doc):ix.idEnd[doc]]
	if ix.isHexID(doc) {
		return hex.EncodeToString(b)
	}
	return string(b)
}

// ID returns the id article doc (0 for the first added, Len()-1 for the
// last) was added under.
func (ix *Index) ID(doc int) string { return ix.id(doc) }

// Doc returns the number of the article added under id (the first added,
// when several were), false when none was. Numbers are dense and in the
// order added, so callers can keep what they know of every article in
// slices by number instead of maps keyed by id: an entry of the id table
// is 4 bytes where a map entry with its key string is tens.
func (ix *Index) Doc(id string) (int, bool) {
	var packed bool
	ix.idBuf, packed = packID(ix.idBuf[:0], id)
	return ix.lookup(ix.idBuf, packed, packedHash(ix.idBuf, packed))
}

// lookup finds the article whose id is key as packID wrote it, h its
// hash. The id table holds each id once (Add), so the first that matches
// is the one.
func (ix *Index) lookup(key []byte, packed bool, h uint64) (int, bool) {
	ix.hits = ix.byID.appendTagged(ix.hits[:0], h)
	for _, doc := range ix.hits {
		if ix.isHexID(int(doc)) == packed && string(ix.ids[ix.idStart(int(doc)):ix.idEnd[doc]]) == string(key) {
			return int(doc), true
		}
	}
	return -1, false
}

func (ix *Index) idStart(doc int) uint32 {
	if doc == 0 {
		return 0
	}
	return ix.idEnd[doc-1]
}

func (ix *Index) isHexID(doc int) bool { return ix.hexIDs[doc/64]&(1<<(doc%64)) != 0 }

// idHash is the byID table's hash of doc's id.
func (ix *Index) idHash(doc int) uint64 {
	return packedHash(ix.ids[ix.idStart(doc):ix.idEnd[doc]], ix.isHexID(doc))
}

func packedHash(b []byte, packed bool) uint64 {
	h := xxh3.Hash(b)
	if packed {
		h = mix64(h)
	}
	return h
}

// packID appends id to dst: as 16 bytes when it is 32 lower-case hex
// digits, as the page IDs ingest makes are (half the bytes a million ids
// take), as it is otherwise. It reports whether it packed.
func packID(dst []byte, id string) ([]byte, bool) {
	if len(id) != 32 || strings.IndexFunc(id, notLowerHex) >= 0 {
		return append(dst, id...), false
	}
	dst, err := hex.AppendDecode(dst, []byte(id))
	return dst, err == nil
}

func notLowerHex(r rune) bool { return (r < '0' || r > '9') && (r < 'a' || r > 'f') }

// digestChunk is the number of articles whose digests share one
// allocation. A chunk doubles up to that size and is never copied again:
// full chunks waste nothing, where one growing slice would hold up to a
// quarter more than it uses and copy itself on every growth.
const digestChunk = 1 << 13

// newDigest returns the next row's digest slots, zeroed.
func (ix *Index) newDigest() []uint16 {
	h, row := ix.o.Hashes, ix.rows
	if row%digestChunk == 0 {
		ix.digest = append(ix.digest, make([]uint16, 0, 16*h))
	}
	c := &ix.digest[len(ix.digest)-1]
	if len(*c) == cap(*c) {
		grown := make([]uint16, len(*c), min(2*cap(*c), digestChunk*h))
		copy(grown, *c)
		*c = grown
	}
	*c = (*c)[:len(*c)+h]
	ix.rows++
	return ix.rowDigest(row)
}

// docDigest returns article doc's digests; zeros for one not in the
// bands.
func (ix *Index) docDigest(doc int) []uint16 {
	w := doc / 64
	if w >= len(ix.inBands) || ix.inBands[w]&(1<<(doc%64)) == 0 {
		return ix.zeros
	}
	below := ix.inBands[w] & (1<<(doc%64) - 1)
	return ix.rowDigest(int(ix.rankAt[w]) + bits.OnesCount64(below))
}

func (ix *Index) rowDigest(row int) []uint16 {
	h := ix.o.Hashes
	return ix.digest[row/digestChunk][row%digestChunk*h : (row%digestChunk+1)*h]
}

func (ix *Index) docKey(doc, band int) uint32 {
	return bandKey(ix.docDigest(doc), band, ix.o.Rows)
}

func (ix *Index) exactHash(h uint64) uint64 { return mix64(h ^ 0x5bd1e995) }

func (ix *Index) exactRehash(doc int) uint64 { return ix.exactHash(ix.exact[doc]) }

func (ix *Index) leadHash(lead uint32) uint64 { return mix64(uint64(lead) | 0xfeed<<32) }

func (ix *Index) bandHash(band int, key uint32) uint64 {
	return mix64(uint64(band)<<32 | uint64(key))
}

// Bytes returns the memory the index holds, from its slices' capacities.
func (ix *Index) Bytes() int {
	n := cap(ix.ids) + 4*cap(ix.idEnd) + 8*cap(ix.hexIDs) + 4*cap(ix.sizes) + 4*cap(ix.leads) + 8*cap(ix.exact) +
		ix.exacts.bytes() + ix.byID.bytes() + ix.leadT.bytes() + 24*cap(ix.digest) + 8*cap(ix.inBands) + 4*cap(ix.rankAt) + 2*cap(ix.zeros)
	for _, c := range ix.digest {
		n += 2 * cap(c)
	}
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
// similarity and containment of the smaller shingle set in the larger,
// from the set sizes: |A∩B| = J(|A|+|B|)/(1+J).
func estimate(agree float64, sizeA, sizeB int) (jaccard, containment float64) {
	// Unrelated digests agree by chance with probability 2^-16.
	const chance = 1.0 / 65536
	jaccard = max(0, (agree-chance)/(1-chance))
	na, nb := float64(max(1, sizeA)), float64(max(1, sizeB))
	containment = min(1, jaccard*(na+nb)/(1+jaccard)/min(na, nb))
	return jaccard, containment
}

// IsCopy reports whether two signatures are of one article by the
// thresholds in o, from their full values.
func IsCopy(a, b Signature, o Options) bool {
	if a.Words == 0 || b.Words == 0 {
		return false
	}
	jac, con := Similarity(a, b, o)
	return isCopy(o, jac, con, min(a.Shingles, b.Shingles), a.Lead != 0 && a.Lead == b.Lead)
}

// Similarity returns the estimated Jaccard similarity of two signatures'
// shingle sets and the containment of the shorter in the longer, from
// their full values (an Index compares 16-bit digests).
func Similarity(a, b Signature, o Options) (jaccard, containment float64) {
	if a.Words == 0 || b.Words == 0 {
		return 0, 0
	}
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
	return estimate(float64(n)/float64(len(a.Min)), a.Shingles, b.Shingles)
}
