package extract

import (
	"sync"

	"github.com/storyfold/storyfold/textnorm"
)

// Without its URL a page gives the title model no slug to match, and the
// model took a menu's, a section's or a pitch's line ("Search Ohio State",
// "How can we help you?", "Earth.Org Newsletters") on 74 wcxb-dev articles
// whose headline was among its candidates and which it titled right with
// the URL. A headline names what the body goes on about: its words come
// back in the body many times, a menu item's seldom. The title model of
// textTitleTextWeights reads that (textTitleTopic, and the gap to the
// page's best) and weighs every feature a second time when the slug is
// missing (textTitleNoSlug), so that the line's place, form and topic
// decide what the slug decided. textFindMeta asks it only on a page
// without a URL, and only which line: whether the page has a title at
// all stays the 2026-11-30 model's (the new one would title seed 004 by
// its caption), and so does the block the body's rules, the date and the
// byline read around. On wcxb-dev read without URLs, 595 exact article
// titles of 793 (580 before; even page ids 289 -> 298, odd 291 -> 297),
// all titles 715 -> 747, no body moved. With a URL the same model
// everywhere gave 6 fewer exact article titles (647): the slug's
// features already decide there. The features are read only without a
// slug (a home page's URL has none), which the 2026-11-30 model weighs 0.

// textTitleTopicAt is the place of the topic feature in a candidate's
// vector, textTitleNoSlugAt that of the first feature read only without
// a slug: the candidate's topic against the best candidate's.
const (
	textTitleTopicAt  = 35
	textTitleNoSlugAt = 36
)

// textTitleNoSlugOf are the features weighed a second time, after
// textTitleNoSlugAt, when the page has no URL slug: all but the slug's
// own (f[6], f[16], f[22], f[23]: zero without one).
var textTitleNoSlugOf = [...]int{textTitleTopicAt, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34}

// textTitleTopic fills each candidate's topic feature: how often the body
// [first, last) states its content words (textContentKeys), the mean of
// log(1+count) over them, its own block's statement left out.
//
// Only the candidates' words are counted (textTopicCounts): the body's
// words go through a table of those few, most of them missed on an
// empty slot, where counting all of them into a table of the body's
// words, then scanning each candidate's text again, was 14 M of 100
// wcxb-dev flat pages' 518 M instructions (docs/quality.md, "The title
// model's topic features made cheap").
func textTitleTopic(blocks []textBlock, cands []int, heads []*textBlock, vecs [][textTitleFeatures]float64, first, last int, sc *textnorm.WordScanner) {
	t := textTopicPool.Get().(*textTopicCounts)
	defer textTopicPool.Put(t)
	t.collect(heads, sc)
	for j := first; j < last; j++ {
		t.count(&blocks[j], sc)
	}
	for k, i := range cands {
		own := int32(textBool(i >= first && i < last))
		sum, n := 0.0, 0
		for _, key := range t.cand[t.ends[k]:t.ends[k+1]] {
			sum += textLog1p(int(max(0, t.of(key)-own))) // the table of math.Log1p
			n++
		}
		vecs[k][textTitleTopicAt] = sum / float64(max(n, 1))
	}
}

// textTopicCounts counts how often a page's body states the content
// words of its title candidates: cand holds each candidate's keys in
// order (candidate k's from ends[k] to ends[k+1]), and the open table
// slots (0 an empty slot; no content key is 0) their counts. It is not
// a hashtab.Map: nearly every body word looked up is no candidate's, and
// a Map of the candidates' keys (a Find for each word, the table sized a
// quarter full) cost textTitleTopic 8.0 M instructions of 100 wcxb-dev
// flat pages against this table's 5.4 M, the same counts (tried on the
// thirty-fourth session's review).
type textTopicCounts struct {
	cand   []uint64
	ends   []int
	slots  []uint64
	counts []int32
	shift  uint
}

// textTopicPool keeps the tables between pages.
var textTopicPool = sync.Pool{New: func() any { return new(textTopicCounts) }}

// collect reads the candidates' keys (textBlockKeys: the reader's where a
// head is its block) and makes an empty table of them, four slots a key
// or more, so that a word of the body no candidate states mostly meets
// an empty slot at once.
//
// The keys a head's reader kept are appended as one run: handed one by
// one to a closure that appended each (textBlockKeys' fn), they cost
// some 60 instructions a key, 0.84 M of 100 long wcxb-dev flat pages'
// instructions over 13,980 keys (collect 1.15 -> 0.82 M;
// TestTextTitleTopicFast holds the topic to the plain count, with the
// keys kept and without).
func (t *textTopicCounts) collect(heads []*textBlock, sc *textnorm.WordScanner) {
	t.cand, t.ends = t.cand[:0], append(t.ends[:0], 0)
	for _, h := range heads {
		if h.keys != nil {
			t.cand = append(t.cand, h.keys...)
		} else {
			textContentKeys(h.text, sc, t.add)
		}
		t.ends = append(t.ends, len(t.cand))
	}
	size, shift := 64, uint(64-6)
	for size < 4*len(t.cand) {
		size, shift = 2*size, shift-1
	}
	if cap(t.slots) < size {
		t.slots, t.counts = make([]uint64, size), make([]int32, size)
	}
	t.slots, t.counts, t.shift = t.slots[:size], t.counts[:size], shift
	clear(t.slots)
	clear(t.counts)
	for _, key := range t.cand {
		h := t.home(key)
		for t.slots[h] != 0 && t.slots[h] != key {
			h = (h + 1) & (size - 1)
		}
		t.slots[h] = key
	}
}

// add appends key to the candidates' keys.
func (t *textTopicCounts) add(key uint64) { t.cand = append(t.cand, key) }

// home is where key's probe starts (Fibonacci hashing, as hashtab's).
func (t *textTopicCounts) home(key uint64) int {
	return int(textTopicHome(key, t.shift))
}

// textTopicHome is key's probe start in a table of 64-shift bits. The
// shift is masked to its six bits, which changes nothing (collect keeps
// it at 58 or less), so that the compiler drops its answer to a shift of
// 64 or more (a compare, a subtract with borrow and an and, three of
// count's some 17 instructions a key; TestTextTopicHomeShift).
func textTopicHome(key uint64, shift uint) uint {
	return uint((key * 0x9E3779B97F4A7C15) >> (shift & 63))
}

// count adds block b's content words that a candidate states. The
// kept keys are looked up in a loop of their own, the table's slots,
// counts, mask and shift read once a block: t.see on each key read them
// from t again and its probe's start apart, some 27 instructions a key,
// nearly all of them a miss on an empty slot (3.15 M of 100 wcxb-dev
// flat pages' instructions; TestTextTitleTopicFast holds it to the plain
// count). A miss is now 13 instructions of 17: the home's shift masked
// (textTopicHome) and the home not masked by the table's size, which it
// is below (2.50 -> 2.0 M on the 100 long pages, fifty-second session).
func (t *textTopicCounts) count(b *textBlock, sc *textnorm.WordScanner) {
	if b.keys == nil {
		textContentKeys(b.text, sc, t.see)
		return
	}
	slots := t.slots
	counts := t.counts[:len(slots)]
	mask, shift := uint(len(slots)-1), t.shift
	for _, key := range b.keys {
		// the home needs no mask: it is below the table's size, 1<<(64-shift)
		for h := textTopicHome(key, shift); slots[h] != 0; h = (h + 1) & mask {
			if slots[h] == key {
				counts[h]++
				break
			}
		}
	}
}

// see counts key when a candidate states it.
func (t *textTopicCounts) see(key uint64) {
	mask := len(t.slots) - 1
	for h := t.home(key); t.slots[h] != 0; h = (h + 1) & mask {
		if t.slots[h] == key {
			t.counts[h]++
			return
		}
	}
}

// of is the body's count of a candidate's key.
func (t *textTopicCounts) of(key uint64) int32 {
	mask := len(t.slots) - 1
	for h := t.home(key); t.slots[h] != 0; h = (h + 1) & mask {
		if t.slots[h] == key {
			return t.counts[h]
		}
	}
	return 0
}

// textTitleNoSlug fills the features of a page without a URL slug: the
// candidate's topic less the best candidate's (the line the body goes on
// about most), and the copies of textTitleNoSlugOf (textTitleNoSlugCopy).
func textTitleNoSlug(vecs [][textTitleFeatures]float64) {
	top := 0.0
	for k := range vecs {
		top = max(top, vecs[k][textTitleTopicAt])
	}
	for k := range vecs {
		v := &vecs[k]
		v[textTitleNoSlugAt] = v[textTitleTopicAt] - top
		textTitleNoSlugCopy(v)
	}
}

// textTitleNoSlugCopy copies textTitleNoSlugOf's features to their places
// after textTitleNoSlugAt, in the list's five runs of features that
// follow one another (35; 0-5; 7-15; 17-21; 24-34), each run an array of
// a size the compiler knows, moved without a call. The runs were read
// from a table and each copied by copy(), a call to memmove with its
// bounds checked (19,850 copies, 1.45 M of 100 wcxb-dev flat pages'
// instructions read without their URLs). TestTextTitleNoSlugRunsMatchPlain
// holds it to the list's feature by feature copy.
func textTitleNoSlugCopy(v *[textTitleFeatures]float64) {
	const at = textTitleNoSlugAt + 1
	v[at] = v[textTitleTopicAt]
	*(*[6]float64)(v[at+1 : at+7]) = *(*[6]float64)(v[0:6])
	*(*[9]float64)(v[at+7 : at+16]) = *(*[9]float64)(v[7:16])
	*(*[5]float64)(v[at+16 : at+21]) = *(*[5]float64)(v[17:22])
	*(*[11]float64)(v[at+21 : at+32]) = *(*[11]float64)(v[24:35])
}
