package cluster

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/zeebo/xxh3"
)

// A Clusterer's state is saved whole so that a restart can take it up
// where the last run left it, instead of rebuilding the stories from the
// stored articles (pipeline.New): on a store of 100,000 articles that
// rebuild tokenises every body again and takes seconds of both cores.
// The encoding is this package's own and versioned; a state made by
// another version or with other options is refused, and the caller
// rebuilds as before. What a state leaves out is only what is rebuilt
// the same: the word cache (a memo of stems), the maps by ID (read off
// the stories) and scratch space.

// stateVersion changes whenever the encoding or the meaning of a saved
// field does. 3: a document's age set and a story's age counts also hold
// the sexes named (sexes.go); a version-2 state has none, and its
// documents would never meet the sex gate. 4: a story holds the stories
// cut from it (cutFrom), which Maintain may merge back. 5: a document
// holds its lead's agent (agents.go), which the agents cut reads.
const stateVersion = 5

// stateMagic opens every saved state.
const stateMagic = "sfcl"

// ErrState is wrapped by every error UnmarshalBinary returns: the data is
// not a state this clusterer can take up, and the caller should rebuild.
var ErrState = errors.New("cluster state not usable")

// MarshalBinary encodes the clusterer's whole state.
func (c *Clusterer) MarshalBinary() ([]byte, error) {
	// The buffer starts at the size of the state last read or written,
	// and a little more: grown by doubling, the copies were most of the
	// encoding's time on the 100k bench store (66 MB).
	e := stateEncoder{buf: make([]byte, 0, c.stateSize+c.stateSize/8+4096)}
	defer func() { c.stateSize = len(e.buf) }()
	e.buf = append(e.buf, stateMagic...)
	e.uvarint(stateVersion)
	e.u64(optionsPrint(c.o))

	v := c.voc
	e.uvarint(uint64(len(v.df)))
	for id := range v.df {
		e.str(v.keyOf[uint32(id)]) // "" once dead
		e.bool(v.dead[id])
		e.uvarint(uint64(v.df[id]))
		e.f32(v.idf[id])
	}
	e.uvarint(uint64(v.n))
	e.uvarint(uint64(v.idfN))

	keys := make([]uint32, 0, len(c.idx.postings))
	for k := range c.idx.postings {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.uvarint(uint64(k))
		p := c.idx.postings[k]
		e.uvarint(uint64(len(p)))
		for _, s := range p {
			e.uvarint(uint64(s))
		}
	}

	e.uvarint(uint64(len(c.stories)))
	for _, s := range c.stories {
		e.bool(s != nil)
		if s != nil {
			e.story(s)
		}
	}
	e.uvarint(c.clock)
	e.uvarint(uint64(len(c.dirty)))
	for _, seq := range c.dirty {
		e.uvarint(uint64(seq))
	}
	e.uvarint(c.retired)
	e.uvarint(uint64(c.recheckN))
	e.time(c.newest)
	return e.buf, nil
}

// UnmarshalBinary replaces c's state with the one data holds, which
// MarshalBinary made with the same options. On error c is left empty.
func (c *Clusterer) UnmarshalBinary(data []byte) error {
	fresh := New(c.o)
	if err := fresh.decode(data); err != nil {
		*c = *New(c.o)
		return err
	}
	*c = *fresh
	c.stateSize = len(data)
	return nil
}

func (c *Clusterer) decode(data []byte) error {
	d := stateDecoder{buf: data}
	if len(data) < len(stateMagic) || string(data[:len(stateMagic)]) != stateMagic {
		return fmt.Errorf("%w: not a saved state", ErrState)
	}
	d.off = len(stateMagic)
	if ver := d.uvarint(); d.err == nil && ver != stateVersion {
		return fmt.Errorf("%w: version %d, this build reads %d", ErrState, ver, stateVersion)
	}
	if fp := d.u64(); d.err == nil && fp != optionsPrint(c.o) {
		return fmt.Errorf("%w: saved with other options", ErrState)
	}

	v := c.voc
	nKeys := d.count(4)
	v.dead = make([]bool, nKeys)
	v.df, v.idf = make([]uint32, nKeys), make([]float32, nKeys)
	for id := range nKeys {
		var key string
		key, v.dead[id] = d.str(), d.bool()
		v.df[id], v.idf[id] = uint32(d.uvarint()), d.f32()
		if !v.dead[id] && d.err == nil {
			v.ids[key] = uint32(id)
			v.keyOf[uint32(id)] = key
		}
	}
	v.n, v.idfN = int(d.uvarint()), int(d.uvarint())

	nPost := d.count(2)
	for range nPost {
		k := d.uvarint()
		if k >= uint64(nKeys) {
			d.fail("index key out of range")
			break
		}
		p := make([]int32, d.count(1))
		for i := range p {
			p[i] = int32(d.uvarint())
		}
		c.idx.postings[uint32(k)] = p
	}

	nStories := d.count(1)
	c.stories = make([]*story, nStories)
	for seq := range nStories {
		if !d.bool() || d.err != nil {
			continue
		}
		s := d.story(int32(seq), nKeys, nStories)
		c.stories[seq] = s
		c.byID[s.id] = s.seq
		for _, m := range s.members {
			c.docs[m.id] = s.seq
		}
	}
	c.clock = d.uvarint()
	c.dirty = make([]int32, d.count(1))
	for i := range c.dirty {
		c.dirty[i] = d.seq(nStories)
	}
	c.retired = d.uvarint()
	c.recheckN = int(d.uvarint())
	c.newest = d.time()
	switch {
	case d.err != nil:
		return d.err
	case d.off != len(data):
		return fmt.Errorf("%w: %d bytes after the end", ErrState, len(data)-d.off)
	}
	// Postings name stories by number: one past the end would be read
	// out of range at the first lookup.
	for _, p := range c.idx.postings {
		for _, s := range p {
			if s < 0 || int(s) >= nStories {
				return fmt.Errorf("%w: a posting names story %d of %d", ErrState, s, nStories)
			}
		}
	}
	return nil
}

// optionsPrint fingerprints o: every field is a plain value, so its Go
// syntax names it whole.
func optionsPrint(o Options) uint64 {
	return xxh3.HashString(fmt.Sprintf("%#v", o))
}

type stateEncoder struct{ buf []byte }

func (e *stateEncoder) uvarint(x uint64) { e.buf = binary.AppendUvarint(e.buf, x) }
func (e *stateEncoder) varint(x int64)   { e.buf = binary.AppendVarint(e.buf, x) }
func (e *stateEncoder) u64(x uint64)     { e.buf = binary.LittleEndian.AppendUint64(e.buf, x) }
func (e *stateEncoder) f32(x float32) {
	e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(x))
}
func (e *stateEncoder) f64(x float64) { e.u64(math.Float64bits(x)) }

func (e *stateEncoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *stateEncoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// time keeps the instant, not the zone: the clusterer only compares and
// subtracts times.
func (e *stateEncoder) time(t time.Time) {
	e.bool(!t.IsZero())
	if !t.IsZero() {
		e.varint(t.Unix())
		e.uvarint(uint64(t.Nanosecond()))
	}
}

// vec writes ids as gaps from the previous one (a vector is in id order),
// which takes one or two bytes where a plain id takes four.
func (e *stateEncoder) vec(v vec) {
	e.uvarint(uint64(len(v)))
	prev := uint32(0)
	for _, x := range v {
		e.uvarint(uint64(x.id - prev))
		e.f32(x.w)
		prev = x.id
	}
}

func (e *stateEncoder) features(f *features) {
	for _, v := range [4]vec{f.body, f.head, f.ents, f.nums} {
		e.vec(v)
	}
	e.str(string(f.ages))
	e.str(f.agent)
	e.time(f.date)
}

func (e *stateEncoder) story(s *story) {
	e.str(s.id)
	for _, v := range [4]vec{s.body, s.head, s.ents, s.nums} {
		e.vec(v)
	}
	e.time(s.first)
	e.time(s.last)
	e.uvarint(uint64(len(s.ages)))
	for _, a := range s.ages {
		e.buf = append(e.buf, a.age)
		e.varint(int64(a.n))
	}
	e.varint(int64(s.aged))
	e.uvarint(uint64(len(s.members)))
	for _, m := range s.members {
		e.bool(m.fresh)
		e.bool(m.sure)
		e.str(m.id)
		e.str(m.copyOf)
		e.bool(m.f != nil)
		if m.f != nil {
			e.features(m.f)
		}
	}
	e.uvarint(s.touched)
	e.bool(s.dirty)
	e.uvarint(uint64(s.splitAt))
	e.uvarint(uint64(len(s.cutFrom)))
	for _, seq := range s.cutFrom {
		e.uvarint(uint64(seq))
	}
	for _, n := range s.norms {
		e.f64(n)
	}
	e.varint(int64(s.normsAt))
}

// stateDecoder reads what stateEncoder wrote. The first error sticks:
// every read after it returns zero, and the caller checks err once.
type stateDecoder struct {
	buf []byte
	off int
	err error
}

func (d *stateDecoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s at byte %d of %d", ErrState, what, d.off, len(d.buf))
	}
}

func (d *stateDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.buf[d.off:])
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.off += n
	return x
}

// varint undoes the zig-zag of binary.AppendVarint: the low bit is the
// sign.
func (d *stateDecoder) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// bytes returns the next n bytes, which stay d.buf's.
func (d *stateDecoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.buf)-d.off {
		d.fail("cut short")
		return nil
	}
	b := d.buf[d.off : d.off+n]
	d.off += n
	return b
}

// count reads a length whose items take at least min bytes each, so a
// damaged length cannot ask for more memory than the data could fill.
func (d *stateDecoder) count(min int) int {
	n := d.uvarint()
	if n > uint64((len(d.buf)-d.off)/min) {
		d.fail("length past the end")
		return 0
	}
	return int(n)
}

// seq reads a story number, which must be under n.
func (d *stateDecoder) seq(n int) int32 {
	s := d.uvarint()
	if s >= uint64(n) {
		d.fail("story number out of range")
		return 0
	}
	return int32(s)
}

func (d *stateDecoder) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *stateDecoder) f32() float32 {
	if b := d.bytes(4); b != nil {
		return math.Float32frombits(binary.LittleEndian.Uint32(b))
	}
	return 0
}

func (d *stateDecoder) f64() float64 { return math.Float64frombits(d.u64()) }

func (d *stateDecoder) bool() bool {
	if b := d.bytes(1); b != nil {
		return b[0] != 0
	}
	return false
}

func (d *stateDecoder) str() string { return string(d.bytes(d.count(1))) }

func (d *stateDecoder) time() time.Time {
	if !d.bool() {
		return time.Time{}
	}
	sec, nsec := d.varint(), d.uvarint()
	if nsec >= 1e9 {
		d.fail("bad time")
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}

// vec reads a vector of term ids under nKeys.
func (d *stateDecoder) vec(nKeys int) vec {
	n := d.count(5)
	if n == 0 {
		return nil
	}
	v := make(vec, n)
	id := uint64(0)
	for i := range v {
		id += d.uvarint()
		if id >= uint64(nKeys) {
			d.fail("term id out of range")
			return nil
		}
		v[i] = entry{id: uint32(id), w: d.f32()}
	}
	return v
}

func (d *stateDecoder) features(nKeys int) *features {
	f := new(features)
	f.body, f.head, f.ents, f.nums = d.vec(nKeys), d.vec(nKeys), d.vec(nKeys), d.vec(nKeys)
	if ages := d.bytes(d.count(1)); len(ages) > 0 {
		f.ages = slices.Clone(ages)
	}
	f.agent = d.str()
	f.date = d.time()
	return f
}

func (d *stateDecoder) story(seq int32, nKeys, nStories int) *story {
	s := &story{id: d.str(), seq: seq}
	s.body, s.head, s.ents, s.nums = d.vec(nKeys), d.vec(nKeys), d.vec(nKeys), d.vec(nKeys)
	s.first, s.last = d.time(), d.time()
	if n := d.count(2); n > 0 {
		s.ages = make([]ageCount, n)
		for i := range s.ages {
			if b := d.bytes(1); b != nil {
				s.ages[i] = ageCount{age: b[0], n: int32(d.varint())}
			}
		}
	}
	s.aged = int32(d.varint())
	s.members = make([]member, d.count(5))
	for i := range s.members {
		m := &s.members[i]
		m.fresh, m.sure, m.id, m.copyOf = d.bool(), d.bool(), d.str(), d.str()
		if d.bool() {
			m.f = d.features(nKeys)
		}
	}
	s.touched = d.uvarint()
	s.dirty = d.bool()
	s.splitAt = int(d.uvarint())
	if n := d.count(1); n > 0 {
		s.cutFrom = make([]int32, n)
		for i := range s.cutFrom {
			s.cutFrom[i] = d.seq(nStories) // Maintain indexes stories by it
		}
	}
	for i := range s.norms {
		s.norms[i] = d.f64()
	}
	s.normsAt = int(d.varint())
	return s
}
