package extract

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"

	"github.com/storyfold/storyfold/internal/hashtab"
	"github.com/storyfold/storyfold/textnorm"
)

// A site's paragraph under an article is about the site, its writer or
// its other posts, not about what the article discussed: a writer's bio,
// a company's pitch, a newsletter's line, the disclaimer a blog sets
// under every post. Its words are mostly new to the body above it, where
// an article's closing paragraph takes up the words the article used.
// Measured on the last paragraph of 8 words or more of the wcxb-dev flat
// articles, the share of its content words the body above it uses is
// under 0.3 for 43 of 206 wrong paragraphs and 37 of 566 right ones; with
// the model keeping it at least 1 under most of the body's long
// paragraphs, 40 wrong against 28 right. textLeaveOutApart reads both,
// under the smaller gap that the words' evidence allows.
const (
	// textApartGap is how far under most of the body's long paragraphs
	// a last paragraph set apart by its words must lie.
	textApartGap = 1.0
	// textApartShare is the share of a paragraph's content words under
	// which the body above it is taken not to use them.
	textApartShare = 0.3
	// textApartLetters is the fewest bytes of a content word, and
	// textApartPrefix the bytes of it compared ("council", "councils" and
	// "councillor" read alike).
	textApartLetters = 4
	textApartPrefix  = 6
	// textApartWords is the fewest words of a paragraph the step asks
	// about: a news report often closes on a one-sentence paragraph of
	// new words ("Detectives do not think that anyone else took part", a
	// shape of an 11-word last line of a GVC dev report, which a floor
	// of 8 took). On the wcxb-dev articles 8 to 20 give +0.00011 to
	// +0.00016.
	textApartWords = 13
)

// textLeaveOutApart marks the body's last paragraphs (each of at least
// textApartWords words, passing over labels) that the model keeps under
// textUnsureMax and more than textApartGap under most of the body's long
// paragraphs, and whose content words the body above mostly does not use
// (textIsApart), with the labels under them, when they hold at most
// textUnsureShare of the body's characters; only under a site's template,
// as textLeaveOutUnsure. Run after textLeaveOutUnsure and its head's
// mirror, it reads what they left. On the wcxb-dev flat pages articles
// 0.93636 -> 0.93652 (even ids +0.00017, odd +0.00014), all pages
// 0.79581 -> 0.79589 (even +0.00011, odd +0.00004); 18 pages up, 10
// down; the ECB+ and GVC dev texts as before (docs/quality.md,
// twentieth session).
//
// body is the body's word counts, which the section walks read after it
// (textLeaveOutApartSections): the paragraphs it leaves out are taken
// from them.
func textLeaveOutApart(blocks []textBlock, keep, out []bool, odds textBlockOdds, body *textBodyCounts) {
	textLeaveOutUnsureEdge(blocks, keep, out, odds, textEdgeWalk{fromEnd: true, gap: textApartGap, minWords: textApartWords, maxWords: math.MaxInt, apart: body})
}

// textIsApart reports whether under textApartShare of block i's content
// words (textContentKeys) are in the blocks that stay inward of it: above
// it when fromEnd, else below. A block without a content word is not
// apart. The words inward are the body's (body) less those of the
// blocks that stay from i out to the body's edge, a few closing lines:
// counting the body above each paragraph the walk weighed read it again
// for each, where the section walks read the body's counts once
// (docs/quality.md, text speed, sixth round).
//
// The paragraph's words are the keys its reader kept (keysOf), where
// reading its text again with the word scanner cost some 7,500
// instructions an ask (0.15 M of the 100 long wcxb-dev flat pages'
// 330 M, fifty-fourth session); TestTextIsApartKeysMatchText holds it to
// the text's words.
func textIsApart(blocks []textBlock, keep, out []bool, i int, fromEnd bool, body *textBodyCounts) bool {
	lo, hi := i, len(blocks)
	if !fromEnd {
		lo, hi = 0, i+1
	}
	all := body.read(blocks, keep, out)
	edge := textWordCounts(blocks, keep, out, lo, hi, body)
	defer textSectionCountsPool.Put(edge)
	return keysApartBeyond(all, edge, body.keysOf(&blocks[i]), textApartShare)
}

// wordsApart reports whether s has a content word (textContentKeys) and
// under share of its distinct content words are in rest (counted there).
// The text and HTML paths both ask it of the body's closing paragraphs.
func wordsApart(rest *hashtab.Map[int32], s string, share float64, sc *textnorm.WordScanner) bool {
	return wordsApartBeyond(rest, nil, s, share, sc)
}

// wordsApartBeyond is wordsApart with the words of rest counted in less
// (nil for none): a word is in rest when rest counts it more often.
func wordsApartBeyond(rest, less *hashtab.Map[int32], s string, share float64, sc *textnorm.WordScanner) bool {
	var t apartTally
	t.own = getHashSet(64)
	defer putHashSet(t.own)
	textContentKeys(s, sc, func(k uint64) { t.add(rest, less, k) })
	return t.apart(share)
}

// keysApartBeyond is wordsApartBeyond of the content words keys, in the
// order textContentKeys reads them from a text.
func keysApartBeyond(rest, less *hashtab.Map[int32], keys []uint64, share float64) bool {
	var t apartTally
	t.own = getHashSet(64)
	defer putHashSet(t.own)
	for _, k := range keys {
		t.add(rest, less, k)
	}
	return t.apart(share)
}

// apartTally counts a text's distinct content words (own holds them)
// and those of them rest holds more often than less.
type apartTally struct {
	own           *hashSet
	words, shared int
}

// add counts key k, once.
func (t *apartTally) add(rest, less *hashtab.Map[int32], k uint64) {
	if t.own.has(k) {
		return
	}
	t.own.add(k)
	t.words++
	n, _ := rest.Get(k)
	if less != nil {
		m, _ := less.Get(k)
		n -= m
	}
	if n > 0 {
		t.shared++
	}
}

// apart reports whether there was a word and under share of the words
// were shared.
func (t *apartTally) apart(share float64) bool {
	return t.words > 0 && float64(t.shared) < share*float64(t.words)
}

// textWordCounts returns the content words (textContentKeys) of the
// blocks of [lo, hi) that stay, each with the number of times it occurs;
// the callers count a section with it, and give the table back to
// textSectionCountsPool.
func textWordCounts(blocks []textBlock, keep, out []bool, lo, hi int, body *textBodyCounts) *hashtab.Map[int32] {
	counts := newSectionCounts()
	textAddStayingCounts(counts, blocks, keep, out, lo, hi, body.page, nil, &body.sc)
	return counts
}

// textAddStayingCounts adds the content words of the staying blocks of
// [lo, hi) to counts and, when counted is not nil, records which stayed
// there. The keys of staying blocks that follow one another in the page's
// key buffer (page, textBlockOdds.keys: the next block's keys start where
// the run ends, textBlock.keyEnd) go in as one run, a sub-slice of page, in the order block
// by block would add them: hashtab.AddAll's set-up and its call were some
// 60 to 70 instructions a block, for the 14 keys a staying block of a long
// page holds (docs/quality/text-extraction-3.md, "the page's word counts",
// fiftieth session). A copy of a block (whose keys are its first's) ends
// the run before it unless its keys lie just after it; a block the page's
// reader did not read (keyEnd 0, the tests' blocks) or keys beyond page
// (page nil) is counted by itself (addBlockCounts) after the run. It
// returns the blocks it read, [first, end): no block outside them stays.
func textAddStayingCounts(counts *hashtab.Map[int32], blocks []textBlock, keep, out []bool, lo, hi int, page []uint64, counted []bool, sc *textnorm.WordScanner) (first, end int) {
	from, to := 0, 0 // the run: page[from:to]
	if counted != nil && lo < hi {
		clear(counted[lo:hi]) // set below for the blocks that stay
	}
	// Only the span of the blocks kept and not out holds blocks that stay
	// (text_nextkept.go).
	in, past := textInSpan(keep, out)
	first, end = max(lo, in), min(hi, past)
	for j := first; j < end; j++ {
		stays := textStays(blocks, keep, out, j)
		if counted != nil {
			counted[j] = stays
		}
		if !stays {
			continue
		}
		b := &blocks[j]
		if at := int(b.keyEnd) - len(b.keys); b.keyEnd > 0 && at >= 0 && int(b.keyEnd) <= len(page) {
			if at != to {
				if from < to {
					hashtab.AddAllNonZero(counts, page[from:to], 1)
				}
				from = at
			}
			to = at + len(b.keys)
			continue
		}
		if from < to {
			hashtab.AddAllNonZero(counts, page[from:to], 1)
		}
		from, to = 0, 0
		addBlockCounts(counts, b, 1, sc)
	}
	if from < to {
		hashtab.AddAllNonZero(counts, page[from:to], 1)
	}
	return first, end
}

// newContentCounts returns an empty table from textCountsPool.
func newContentCounts() *hashtab.Map[int32] { return takeContentCounts(&textCountsPool) }

// newSectionCounts returns an empty table from textSectionCountsPool.
func newSectionCounts() *hashtab.Map[int32] { return takeContentCounts(&textSectionCountsPool) }

// takeContentCounts returns a table from pool, cleared.
func takeContentCounts(pool *sync.Pool) *hashtab.Map[int32] {
	counts := pool.Get().(*hashtab.Map[int32])
	counts.Clear()
	return counts
}

// addContentCounts counts the content words (textContentKeys) of s in
// counts.
func addContentCounts(counts *hashtab.Map[int32], s string, sc *textnorm.WordScanner) {
	textContentKeys(s, sc, func(k uint64) {
		n, _ := counts.Ref(k)
		*n++
	})
}

// textCountsPool keeps the content-word tables between pages: grown anew
// for each body's words, they were 50 KB of a flattened page's
// allocations.
var textCountsPool = sync.Pool{New: func() any { return hashtab.New[int32]() }}

// textSectionCountsPool keeps the tables of a section's words (the
// section walks', textIsApart's and the off-topic tail's) apart from the
// whole body's: a table is cleared slot by slot when it is taken, and one
// pool handed a section the table a long page's body had grown (7 thousand
// instructions a clear, 1.37 M of the section walks' 192 on the 100 long
// flat pages of BenchmarkTextWCXB). A section's table grows only to the
// largest section's words.
var textSectionCountsPool = sync.Pool{New: func() any { return hashtab.New[int32]() }}

// textContentKeys calls fn with the key of each content word of s, a
// word of textApartLetters bytes or more, no stopword, not all digits:
// the hash of its first textApartPrefix bytes, lowered. The words are
// read into sc's buffer: lowering each capitalised word into a string of
// its own (textnorm.EachWord) was 1,300 allocations a wcxb-dev flat
// page, a third of its time.
func textContentKeys(s string, sc *textnorm.WordScanner, fn func(uint64)) {
	for sc.Reset(s); sc.Next(); {
		w := sc.Word()
		if len(w) < textApartLetters || textnorm.IsStopwordBytes(w) || textAllDigits(w) {
			continue
		}
		fn(textContentKey(w))
	}
}

// textContentKey is the key of content word w, lowered: the bytes of its
// first textApartPrefix bytes themselves, the first lowest, with their
// count in the top byte, so that two words share a key exactly when
// their prefixes are the same bytes. It was the prefix's xxh3 hash
// (equal keys for different prefixes only by a collision of 64 bits),
// 9 M of 100 wcxb-dev flat pages' 564 M instructions; the tables the
// keys go into mix them (hashtab's Fibonacci hashing, hashSetHome). A
// word in a buffer of 8 bytes or more, as the word scanner's are, is
// read as one integer.
func textContentKey(w []byte) uint64 {
	n := min(len(w), textApartPrefix)
	if cap(w) >= 8 {
		return binary.LittleEndian.Uint64(w[:8])&(1<<(8*n)-1) | uint64(n)<<56
	}
	return textContentKeyPlain(w)
}

// textContentKeyPlain is textContentKey byte by byte, for any buffer.
func textContentKeyPlain(w []byte) uint64 {
	n := min(len(w), textApartPrefix)
	key := uint64(n) << 56
	for i := range n {
		key |= uint64(w[i]) << (8 * i)
	}
	return key
}

// addBlockCounts adds d to the counts of b's content words, as
// textBlockKeys reads them, with no call a word where b's reader kept
// them: the whole body is counted so once a page (textBodyCounts).
func addBlockCounts(counts *hashtab.Map[int32], b *textBlock, d int32, sc *textnorm.WordScanner) {
	if b.keys == nil {
		textContentKeys(b.text, sc, func(k uint64) {
			n, _ := counts.Ref(k)
			*n += d
		})
		return
	}
	hashtab.AddAllNonZero(counts, b.keys, d) // one probe a key where Get and Put took two; no key is zero (textContentKey)
}

// textBlockKeys calls fn with the key of each content word of b, from
// the keys its reader kept when there are any (textBlock.keys).
func textBlockKeys(b *textBlock, sc *textnorm.WordScanner, fn func(uint64)) {
	if b.keys == nil {
		textContentKeys(b.text, sc, fn)
		return
	}
	for _, k := range b.keys {
		fn(k)
	}
}

// textAllDigits reports whether w is digits only.
func textAllDigits(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// The site's matter under an article often comes as a section of its
// own, under a heading or set apart by lines the body leaves: a writer's
// box, a list of other posts with their blurbs, a company's closing
// pitch. Read paragraph by paragraph, the model keeps most of it surely;
// read as a whole, its words are mostly new to the article above it.
const (
	// textApartSectionShare is the share of a closing section's content
	// words under which the body above is taken not to use them. On the
	// wcxb-dev flat articles, shares of 0.35 / 0.4 / 0.45 gave +0.00027 /
	// +0.00034 / +0.00034 over textLeaveOutApart, each on both halves.
	textApartSectionShare = 0.4
	// textApartSectionWords is the fewest words of a closing section
	// read: fewer tell nothing of what it is about.
	textApartSectionWords = 20
	// textApartHeadingWords is the most words of a line that opens a
	// section when it does not end like a sentence.
	textApartHeadingWords = 8
)

// The closing section walk marks the body's last section (from a line
// after one the body leaves, or from a short line that ends no sentence,
// to the body's end) when it holds textApartSectionWords words or more,
// at most textUnsureShare of the body's characters, and under
// textApartSectionShare of its content words are in the body above it;
// the largest such section goes. Only under a site's template
// (textTailFooterBlocks lines after the body), as textLeaveOutUnsure.
// On the wcxb-dev flat pages, after textLeaveOutApart, articles 0.93652
// -> 0.93688 (even ids +0.00036, odd +0.00035), all pages 0.79589 ->
// 0.79605 (+0.00016 each); 47 pages up, 25 down (listings and services
// lose a blurb or a changelog's last entry); the ECB+ and GVC dev texts
// as before (docs/quality.md, twentieth session).
//
// textLeaveOutApartSections runs it, then its mirror at the body's head
// (textApartHeadSectionShare), over one count of the body's words, body,
// which textLeaveOutApart may have read before them.
//
// The two walks weigh one body: its staying blocks' span (textStayingSpan)
// is read once for both and again only when the closing walk left a
// section out (4 of the 200 walks over the 100 long wcxb-dev flat pages of
// BenchmarkTextWCXB left one),
// where each walk read it over every block of the page (fifty-first
// session, docs/quality/text-extraction-3.md; TestTextApartSectionsMatchPlain).
func textLeaveOutApartSections(blocks []textBlock, keep, out []bool, body *textBodyCounts) {
	span := textStayingSpanOf(blocks, keep, out)
	if textLeaveOutApartEdge(blocks, keep, out, true, textApartSectionShare, body, span) {
		span = textStayingSpanOf(blocks, keep, out)
	}
	textLeaveOutApartEdge(blocks, keep, out, false, textApartHeadSectionShare, body, span)
}

// textStayingSpan is where a body's staying blocks (textStays) start and
// end (-1 when none stays), their number and their characters.
type textStayingSpan struct{ first, last, count, total int }

// textStayingSpanOf reads the span of the blocks that stay.
func textStayingSpanOf(blocks []textBlock, keep, out []bool) textStayingSpan {
	span := textStayingSpan{first: -1, last: -1}
	lo, hi := textInSpan(keep, out) // the span of the blocks kept and not out (text_nextkept.go)
	for i := lo; i < hi; i++ {
		if textStays(blocks, keep, out, i) {
			if span.first < 0 {
				span.first = i
			}
			span.last = i
			span.total += len(blocks[i].text)
			span.count++
		}
	}
	return span
}

// textApartHeadSectionShare is textApartSectionShare at the body's
// head. A site's opening matter (a series' standing intro, a service's
// tagline, a category's blurb) comes over a lede that opens on new words
// too, so the bar is lower: on the wcxb-dev flat pages shares of 0.2 /
// 0.25 / 0.3 raise articles and all pages on both halves; from 0.325
// all pages fall on the even ids (a product's and a collection's whole
// gold above the first heading).
const textApartHeadSectionShare = 0.25

// The opening section walk, textLeaveOutApartSections' second, marks
// the body's first section (from its
// first line to a line before one the body leaves or before a short line
// that ends no sentence) as the closing walk marks its last: of
// textApartSectionWords words or more, at most textUnsureShare of the
// body's characters, and under textApartHeadSectionShare of its content
// words in the body below it; only under a site's header
// (textTailFooterBlocks lines above the body). On the wcxb-dev flat
// pages articles 0.93690 -> 0.93699 (even ids +0.00008, odd +0.00010),
// all pages 0.79662 -> 0.79670 (even +0.00008, odd +0.00007); 13 pages
// up, 3 down; the ECB+ and GVC dev texts as before (docs/quality.md,
// twentieth session).

// textLeaveOutApartEdge marks the body's section at one edge (its last
// when fromEnd, else its first) whose content words the rest of the body
// mostly does not use: the largest run of staying blocks from the edge
// in to a section's border (a line the body leaves, or a short line that
// ends no sentence opening the later section), of textApartSectionWords
// words or more and at most textUnsureShare of the body's characters,
// under share of whose content words the body beyond the border uses.
// Only under a site's template: textTailFooterBlocks lines or more
// beyond the body's edge. span is the staying blocks' (textStayingSpanOf)
// as out stands; it reports whether it left a section out.
func textLeaveOutApartEdge(blocks []textBlock, keep, out []bool, fromEnd bool, share float64, body *textBodyCounts, span textStayingSpan) bool {
	n := len(blocks)
	first, last, total, count := span.first, span.last, span.total, span.count
	edge, beyond, step := last, n-1-last, -1
	if !fromEnd {
		edge, beyond, step = first, first, 1
	}
	if count < textUnsureLongs || beyond < textTailFooterBlocks {
		return false
	}
	// sec counts the section's content words, list holds them once each;
	// a word is used beyond the section when the body holds more of it.
	sec := newSectionCounts()
	var room [256]uint64 // on the stack: grown a section at a time, the list was 10 allocations a page
	list := room[:0]
	// list holds every key sec took, so the table goes back emptied of
	// those alone, and its next take need not clear a table an earlier
	// section grew (hashtab's ClearKeys).
	defer func() {
		sec.ClearKeys(list)
		textSectionCountsPool.Put(sec)
	}()
	// shared is how many of list the body beyond the section uses
	// (textSectionShared), kept word by word once all, the body's counts,
	// is read at the first border weighed: a word new to the section is
	// used when the body holds it twice or more, and a word's count in the
	// section reaching the body's makes it unused. Counted anew at every
	// border, it was 0.56 M of the 100 long wcxb-dev flat pages' 330 M
	// (222 borders; fifty-fourth session); TestTextApartEdgeMatchPlain
	// holds it to the count at each border.
	var all *hashtab.Map[int32]
	cut, chars, words, shared := -1, 0, 0, 0
	for i := edge; i >= 0 && i < n; i += step {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		next := i + step // the next staying block inward
		for next >= 0 && next < n && !textStays(blocks, keep, out, next) {
			next += step
		}
		if next < 0 || next >= n {
			break // the section would be the whole body
		}
		b := &blocks[i]
		if chars += len(b.text); float64(chars) > textUnsureShare*float64(total) {
			break
		}
		words += b.words
		for _, k := range body.keysOf(b) {
			c, added := sec.Ref(k)
			if added {
				list = append(list, k)
			}
			*c++
			if all != nil {
				if m, _ := all.Get(k); added && m > 1 {
					shared++
				} else if !added && m == *c {
					shared--
				}
			}
		}
		later := max(i, next) // the line that opens the section below the border
		border := next-i != step || blocks[later].words <= textApartHeadingWords && !blocks[later].sentEnd
		if !border || words < textApartSectionWords || len(list) == 0 {
			continue
		}
		if all == nil {
			all = body.read(blocks, keep, out)
			shared = textSectionShared(list, sec, all)
		}
		if float64(shared) < share*float64(len(list)) {
			cut = i
		}
	}
	if cut < 0 {
		return false
	}
	body.leave(blocks, keep, out, min(cut, edge), max(cut, edge))
	for i := min(cut, edge); i <= max(cut, edge); i++ {
		out[i] = true
	}
	return true
}

// textSectionShared returns how many of keys, a section's content words
// (textContentKeys) counted in sec, are in the body beyond it: more often
// in the body's counts than in the section's.
func textSectionShared(keys []uint64, sec, body *hashtab.Map[int32]) int {
	shared := 0
	for _, k := range keys {
		in, _ := sec.Get(k)
		if all, _ := body.Get(k); all > in {
			shared++
		}
	}
	return shared
}

// textBodyCounts is the content words (textContentKeys) of the blocks
// that stay, with their counts, for textLeaveOutApart and the section
// walks: read when one first weighs a paragraph or a border, and kept
// true as each leaves its blocks out.
// Each walk used to read the body beyond a section for each border it
// weighed, lowering every capitalised word into a string of its own:
// 1,300 allocations and a third of a wcxb-dev flat page's time.
type textBodyCounts struct {
	counts *hashtab.Map[int32] // nil until read
	sc     textnorm.WordScanner
	// keys holds the content words of a block read without its reader's
	// keys (keysOf), the tests' blocks.
	keys []uint64
	// page is the page's key buffer (textBlockOdds.keys), from which read
	// and textWordCounts add runs of keys; nil counts block by block.
	page []uint64
	// counted records, block by block, whether counts holds its words:
	// whether it stayed when they were read, leave took it or sync last
	// saw it. Room for it may be given before the counts are read (one
	// of the caller's allocations); it is grown to the page if not.
	counted []bool
	// from and to bound the blocks counted may hold set, [from, to): the
	// span the counts were read or last synced over, outside which sync
	// need not look.
	from, to int
}

// read returns the counts, reading them first if need be.
func (w *textBodyCounts) read(blocks []textBlock, keep, out []bool) *hashtab.Map[int32] {
	if w.counts == nil {
		w.counts = newContentCounts()
		w.counted = slices.Grow(w.counted[:0], len(blocks))[:len(blocks)]
		w.from, w.to = textAddStayingCounts(w.counts, blocks, keep, out, 0, len(blocks), w.page, w.counted, &w.sc)
	}
	return w.counts
}

// leave takes the words of the staying blocks of [lo, hi] from the
// counts, before they are marked out of the body.
func (w *textBodyCounts) leave(blocks []textBlock, keep, out []bool, lo, hi int) {
	if w.counts == nil {
		return
	}
	for j := lo; j <= hi; j++ {
		if textStays(blocks, keep, out, j) {
			addBlockCounts(w.counts, &blocks[j], -1, &w.sc)
			w.counted[j] = false
		}
	}
}

// sync returns the counts of the blocks that stay now, read first if
// need be: the words of a block that has left the body since they were
// counted (or come back to it) are taken away (or added). The steps
// between the section walks and the off-topic tail (text_offtopic.go)
// leave blocks out without telling the counts; counted anew there, the
// body was read twice on most pages, and syncing saves 3.7 M of 100
// wcxb-dev flat pages' 465 M (docs/quality.md, "Text speed, round
// fifty"). A word whose blocks have all left stays in the table with a
// count of 0, as leave leaves it: the readers read the counts only.
//
// Only the blocks that were counted ([w.from, w.to)) or stay now (the
// span of those kept and not out, text_nextkept.go) can differ: read
// over the whole page, the walk was 11 thousand instructions a sync, 0.75
// M of the 100 long wcxb-dev flat pages of BenchmarkTextWCXB (fifty-eighth
// session). TestTextBodyCountsSyncMatchesRead holds it to a count afresh.
func (w *textBodyCounts) sync(blocks []textBlock, keep, out []bool) *hashtab.Map[int32] {
	if w.counts == nil {
		return w.read(blocks, keep, out)
	}
	lo, hi := textInSpan(keep, out)
	for i := min(lo, w.from); i < max(hi, w.to); i++ {
		if stays := textStays(blocks, keep, out, i); stays != w.counted[i] {
			d := int32(-1)
			if stays {
				d = 1
			}
			addBlockCounts(w.counts, &blocks[i], d, &w.sc)
			w.counted[i] = stays
		}
	}
	w.from, w.to = lo, hi
	return w.counts
}

// keysOf returns b's content words (textContentKeys): the keys its
// reader kept, or, for a block read without them, its words read into
// w's room, which the next call reuses. The walks range over them and
// probe their tables in line: a closure called a key (textBlockKeys)
// cost the section walks and the off-topic tail some 60 to 100
// instructions a key, 2.1 M of 100 long wcxb-dev flat pages' 387 M.
func (w *textBodyCounts) keysOf(b *textBlock) []uint64 {
	if b.keys != nil {
		return b.keys
	}
	w.keys = w.keys[:0]
	textContentKeys(b.text, &w.sc, func(k uint64) { w.keys = append(w.keys, k) })
	return w.keys
}

// release gives the counts back to textCountsPool.
func (w *textBodyCounts) release() {
	if w.counts != nil {
		textCountsPool.Put(w.counts)
	}
}
