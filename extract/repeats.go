package extract

import (
	"slices"
	"strings"

	"github.com/storyfold/storyfold/textnorm"
)

// Pages render the same article more than once (a layout per screen
// size, a print copy, a tab panel), and both the HTML and the text path
// then keep every copy, since each reads as article; the text path may
// even lose both, as every block of a copied article reads as a repeated
// one. A reader, and the claim ledger, which would count each fact once
// per copy, want it once.

// The least run a repeat is dropped from: repeatRunParas paragraphs (on
// the body, lines that are not blank) and repeatRunWords words, in the
// same order as an earlier run. Shorter runs repeat on purpose: a
// schedule's days, a webcam list's captions, a table the page shows
// twice. On wcxb-dev articles 8 and 200 moved HTML F1 0.95446 -> 0.95559
// and text 0.92094 -> 0.92146 (4 and 3 pages up, none down; of all pages,
// one service page lost); 5 and 100 gained the same on articles but cost
// forum, documentation and service pages whose gold keeps their repeats.
// Read by lines, three more pages gained, none lost (docs/quality.md).
const (
	repeatRunParas = 8
	repeatRunWords = 200
)

// dropRepeatedRuns drops the body's second copies: the runs that repeat
// an earlier run and are long enough to be a copy of the article
// (dropCopiedRuns), then the short runs that repeat the run just before
// them (dropAdjacentCopies). The cut text is not listed in Removed: that
// lists furniture in page order, and a copy is neither.
func dropRepeatedRuns(body string) string {
	return dropRepeatedRunsIn(body, nil)
}

// dropRepeatedRunsIn is dropRepeatedRuns with the body's lines and
// paragraphs, and the map and indexes of its lines, in s's room, or new
// when s is nil: the text path asks it before its page's scratch is put
// back, where the two splits and the map were a fifth of a flattened
// page's bytes (docs/quality.md, text speed, seventeenth round).
func dropRepeatedRunsIn(body string, s *textScratch) string {
	return dropAdjacentCopies(dropCopiedRuns(body, s), s)
}

// splitIn is strings.Split(body, sep), into s's room when s is not nil:
// the pieces are s's until s is put back or asked again.
func splitIn(body, sep string, s *textScratch) []string {
	if s == nil {
		return strings.Split(body, sep)
	}
	pieces := s.texts[:0]
	for piece := range strings.SplitSeq(body, sep) {
		pieces = append(pieces, piece)
	}
	// s.texts keeps the page's longest split as its length, the room
	// textScratchPut clears: a shorter split leaves the longer one's
	// tail holding the page's text
	s.texts = pieces[:max(len(pieces), len(s.texts))]
	return pieces
}

// dropCopiedRuns drops each run of lines that repeats, in order, an
// earlier run of the body, when it is long enough to be a second copy of
// the article (repeatedRuns). It reads lines, not paragraphs: a page that
// set its template inside one paragraph, a line break between its parts,
// repeated it there, and a run of paragraphs is a run of lines too (the
// blank lines between them repeat alike).
func dropCopiedRuns(body string, s *textScratch) string {
	if strings.Count(body, "\n") < 2*repeatRunParas-1 {
		return body // too short to hold a run and its copy
	}
	lines := splitIn(body, "\n", s)
	runs := repeatedRunsFrom(lines, firstIndexesIn(lines, s))
	if len(runs) == 0 {
		return body
	}
	return strings.Join(withoutLineRuns(lines, runs), "\n")
}

// withoutLineRuns returns lines without the runs, which are in order.
// Where a run held a paragraph break, the text either side stays apart
// by one blank line; where it took a whole paragraph, the blank lines
// either side become one.
func withoutLineRuns(lines []string, runs []copyRun) []string {
	out := make([]string, 0, len(lines))
	at := 0
	for _, r := range runs {
		// a run may start on a blank line that the step past the last
		// run's blank lines already took (a copy of the article's
		// paragraphs from its second, after a copy set one line break
		// under the first): nothing lies between them
		out = append(out, lines[at:max(at, r.start)]...)
		if slices.Contains(lines[r.start:r.end], "") && out[len(out)-1] != "" {
			out = append(out, "")
		}
		at = r.end
		for at < len(lines) && lines[at] == "" && out[len(out)-1] == "" {
			at++
		}
	}
	out = append(out, lines[at:]...)
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1] // a copy at the end took the last text
	}
	return out
}

// dropAdjacentCopies drops each run of up to repeatRunParas paragraphs
// that repeats the run just before it. A page that sets each card or
// section twice, one layout per screen size, interleaves its copies: a
// headline, or a headline and its blurb, and then the same again, which
// no run as long as a copy of the article repeats. The HTML path's bodies
// held such a repeat on 120 wcxb-dev pages, the gold on 19; cut, 80 pages
// gained and 24 lost, most of those where the gold keeps text the page
// shows twice (a blurb under a chapter's title and on hover). Runs up to
// 4, or up to any length, moved fewer pages up (docs/quality.md).
func dropAdjacentCopies(body string, s *textScratch) string {
	if !strings.Contains(body, "\n\n") {
		return body
	}
	paras := splitIn(body, "\n\n", s)
	var runs []copyRun
	for i := 1; i < len(paras); {
		k := 0
		for n := 1; n <= repeatRunParas && n <= i && i+n <= len(paras); n++ {
			if paras[i] == paras[i-n] && paras[i] != "" && slices.Equal(paras[i:i+n], paras[i-n:i]) {
				k = n
				break
			}
		}
		if k == 0 {
			i++
			continue
		}
		runs = append(runs, copyRun{i, i + k})
		i += k
	}
	if len(runs) == 0 {
		return body
	}
	return strings.Join(withoutRuns(paras, runs), "\n\n")
}

// withoutRuns returns xs without the runs, which are in order.
func withoutRuns[T any](xs []T, runs []copyRun) []T {
	out := make([]T, 0, len(xs))
	at := 0
	for _, r := range runs {
		out = append(out, xs[at:r.start]...)
		at = r.end
	}
	return append(out, xs[at:]...)
}

// copyRun is the paragraphs [start, end) of a repeated run.
type copyRun struct{ start, end int }

// repeatedRuns returns, in order, the runs of paragraphs that repeat, in
// order and without overlapping it, an earlier run of at least
// repeatRunParas paragraphs and repeatRunWords words.
func repeatedRuns(paras []string) []copyRun {
	return repeatedRunsFrom(paras, firstIndexes(paras))
}

// firstIndexes gives, for each paragraph, the index of the first
// paragraph with its text.
func firstIndexes(paras []string) []int {
	return firstIndexesIn(paras, nil)
}

// firstIndexesIn is firstIndexes with the table and the indexes in s's
// room (those of textMarkDuplicatesIn, whose blocks' marks are read by
// then), or new when s is nil.
func firstIndexesIn(paras []string, s *textScratch) []int {
	var seen *firstTable
	var firsts []int
	if s == nil {
		seen, firsts = new(firstTable), make([]int, len(paras))
	} else {
		seen = &s.seen
		firsts = slices.Grow(s.firsts[:0], len(paras))[:len(paras)]
		s.firsts = firsts
	}
	seen.fill(firsts, func(i int) string { return paras[i] })
	return firsts
}

// firstTable files texts by their hash to find, for each text of a list,
// the first with its text: open addressing with linear probing, at most
// half full, each slot a text's hash and index, the texts compared only
// where the hashes are equal. A map[string]int did it with its own
// hashing (the same aeshash) and bookkeeping, some 260 instructions a
// text, 12 M of 100 wcxb-dev flat pages' 564 M (docs/quality.md, text
// speed, twentieth round). Its answers do not depend on the hash.
//
// The hash is firstHash's, from a text's length and three of its words:
// maphash.String, some 113 instructions a text with its call, was 3.6 M
// of the 5.6 M the table cost 100 wcxb-dev flat pages (fortieth speed
// round, docs/quality.md). Texts that differ only outside the bytes it
// reads share a hash and are told apart by the comparison.
type firstTable struct {
	slots []firstSlot
}

// firstSlot is a text's hash and 1 + its index; at is 0 in an empty slot.
type firstSlot struct {
	hash uint64
	at   int
}

// reset empties the table with room for n texts at most half full and
// returns the mask of its slots' indexes.
func (t *firstTable) reset(n int) (mask uint64) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]firstSlot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	return uint64(size - 1)
}

// fill sets firsts[i], for each i < len(firsts), to the least j with
// text(j) == text(i).
func (t *firstTable) fill(firsts []int, text func(int) string) {
	mask := t.reset(len(firsts))
	for i := range firsts {
		s := text(i)
		h := firstHash(s)
		for k := h & mask; ; k = (k + 1) & mask {
			slot := &t.slots[k]
			if slot.at == 0 {
				*slot = firstSlot{hash: h, at: i + 1}
				firsts[i] = i
				break
			}
			if slot.hash == h && text(slot.at-1) == s {
				firsts[i] = slot.at - 1
				break
			}
		}
	}
}

// fillTexts is fill of texts itself, not read through a function, and
// also returns the sum of min(len(t), n) over the texts t that are the
// first with their text: the room textLowerPrefixesSized lowers their
// starts into, which a pass of its own over the texts and their firsts
// summed (0.45 M of 100 long wcxb-dev flat pages' 330.7 M instructions).
// A text read through fill's function cost a call at each text and at
// each comparison. TestFillTextsMatchesFill holds it to fill and the sum.
func (t *firstTable) fillTexts(firsts []int, texts []string, n int) (size int) {
	mask := t.reset(len(firsts))
	texts = texts[:len(firsts)]
	for i, s := range texts {
		h := firstHash(s)
		for k := h & mask; ; k = (k + 1) & mask {
			slot := &t.slots[k]
			if slot.at == 0 {
				*slot = firstSlot{hash: h, at: i + 1}
				firsts[i] = i
				size += min(len(s), n)
				break
			}
			if slot.hash == h && texts[slot.at-1] == s {
				firsts[i] = slot.at - 1
				break
			}
		}
	}
	return size
}

// firstHash is a text's hash for firstTable: its length and its first,
// middle and last eight bytes (all its bytes when it has fewer), mixed
// so that the low bits, which pick the slot, depend on all of them.
func firstHash(s string) uint64 {
	n := len(s)
	var a, b, c uint64
	if n >= 8 {
		a, b, c = load8(s, 0), load8(s, (n-8)/2), load8(s, n-8)
	} else {
		for i := range n {
			a |= uint64(s[i]) << (8 * i)
		}
	}
	h := uint64(n) ^ a*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f ^ c*0x165667b19e3779f9
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>29
}

// repeatedRunsFrom is repeatedRuns given, for each paragraph, the index
// of the first paragraph with its text (textMarkDuplicates gives them for
// a page's blocks). The search steps over each run it finds, but a text's
// first paragraph is never inside a run, which repeats earlier ones: so
// the first paragraph with a text is the first the search reads with it,
// as when it filed the texts in a map as it went
// (TestRepeatedRunsFromMatchesMap).
func repeatedRunsFrom(paras []string, firsts []int) []copyRun {
	return repeatedRunsOf(firsts, func(i, k int) bool {
		run := paras[i : i+k]
		return copyRunLong(run, copyRunFilled(run))
	})
}

// repeatedRunsOf is repeatedRunsFrom read from the first indexes alone:
// two paragraphs have one text exactly when they have one first index, so
// a run is matched by its indexes, where its texts were compared (the
// blocks' copies on 100 long wcxb-dev flat pages, 11,040 comparisons, 1.0
// M instructions of textDropCopies' 2.35 M). long reports whether the run
// of k paragraphs from i, a repeat, is long enough for a copy
// (copyRunLong): textDropCopies reads the blocks' words, which the block
// reader counted (textBlock.words), where counting them again from each
// repeated menu's run was 1.8 M of 100 wcxb-dev flat pages' 495 M
// instructions, and with the indexes it needs no list of the texts.
// TestRepeatedRunsFromMatchesMap and TestRepeatedRunsFromSkipsTails hold
// it to the texts' comparison (copyRunAt).
func repeatedRunsOf(firsts []int, long func(i, k int) bool) []copyRun {
	var runs []copyRun
	// The run last found too short: from paragraph si against sj, sn
	// paragraphs long. From si+d against sj+d (d < sn) the repeat is its
	// tail, sn-d paragraphs with fewer filled and fewer words, so too short
	// as well: a menu repeated in a footer was matched and its words counted
	// again from each of its lines (TestRepeatedRunsFromSkipsTails).
	si, sj, sn := 0, 0, 0
	for i := 0; i < len(firsts); {
		j := firsts[i]
		if j == i {
			i++
			continue
		}
		if d := i - si; d < sn && j == sj+d {
			i++
			continue
		}
		k := copyRunLenOf(firsts, i, j)
		if !long(i, k) {
			si, sj, sn = i, j, k
			i++
			continue
		}
		runs = append(runs, copyRun{i, i + k})
		i += k
	}
	return runs
}

// copyRunLenOf is copyRunLen's run read from the paragraphs' first
// indexes (firstIndexes), which are equal where the texts are.
func copyRunLenOf(firsts []int, i, j int) (k int) {
	for i+k < len(firsts) && j+k < i && firsts[i+k] == firsts[j+k] {
		k++
	}
	return k
}

// copyRunFilled counts the paragraphs of run that are not blank.
func copyRunFilled(run []string) (filled int) {
	for _, p := range run {
		filled += textBool(p != "")
	}
	return filled
}

// copyRunAt is the length of the run from paragraph i that repeats the
// paragraphs from j < i in order, without reaching i, or 0 when it is too
// short for a copy (copyRunLong).
func copyRunAt(paras []string, i, j int) int {
	k, filled := copyRunLen(paras, i, j)
	if !copyRunLong(paras[i:i+k], filled) {
		return 0
	}
	return k
}

// copyRunLen is the length of the run from paragraph i that repeats the
// paragraphs from j < i in order, without reaching i, and how many of
// them are not blank: the blank lines between a body's paragraphs, which
// dropRepeatedRuns reads, do not count as paragraphs.
func copyRunLen(paras []string, i, j int) (k, filled int) {
	for i+k < len(paras) && j+k < i && paras[i+k] == paras[j+k] {
		filled += textBool(paras[i+k] != "")
		k++
	}
	return k, filled
}

// copyRunLong reports whether a repeated run, filled of whose paragraphs
// are not blank, is long enough for a copy: repeatRunParas paragraphs and
// repeatRunWords words.
func copyRunLong(run []string, filled int) bool {
	return filled >= repeatRunParas && runHasWords(run, repeatRunWords)
}

// runHasWords reports whether paras hold at least n words. The words are
// counted only for a run long enough to be a copy, and only until there
// are n: counted for every repeat, a menu repeated in a page's footer had
// its run counted again from each of its lines (14 M instructions of
// 100 wcxb-dev flat pages' 800 M).
func runHasWords(paras []string, n int) bool {
	words := 0
	for _, p := range paras {
		if words >= n {
			return true
		}
		words += textnorm.CountWords(p)
	}
	return words >= n
}

// textDropCopies drops the blocks of a second copy of the article
// (repeatedRuns) from a flattened page, before the blocks are scored:
// left in, they mark every block of both copies as repeated, which reads
// as furniture (page 1396 lost its whole article so). Only a copy that is
// textCopyShare of the page's words, textCopyProse of them in prose
// paragraphs, is the article's: a carousel of testimonials or a menu
// repeated in the footer is shorter or not prose, and its repeats tell
// the model it is furniture. A page with too few repeated blocks to hold
// a run and its copy costs one pass over the blocks. firsts are
// textMarkDuplicates' first indexes of the blocks' texts, which the search
// reads in their place (repeatedRunsOf).
func textDropCopies(blocks []textBlock, firsts []int) []textBlock {
	// A copy's blocks all repeat earlier ones, one after another: a page
	// whose blocks stated twice come in shorter runs holds none, though
	// its menus and cards repeat (textDropCopiesRun).
	run, all := textDropCopiesRun(blocks)
	if run < repeatRunParas {
		return blocks
	}
	var drop []copyRun
	for _, r := range repeatedRunsOf(firsts, func(i, k int) bool { return textCopyRunLong(blocks[i : i+k]) }) {
		if textCopyIsArticle(blocks[r.start:r.end], all) {
			drop = append(drop, r)
		}
	}
	if len(drop) == 0 {
		return blocks
	}
	out := withoutRuns(blocks, drop)
	for i := range out {
		out[i].dup = 0
	}
	textMarkDuplicates(out)
	return out
}

// textDropCopiesRun returns the longest run of blocks stated twice on the
// page (textBlock.dup), one after another, and the page's words. A second
// copy's blocks each repeat one of the copy before it, so a copy of
// repeatRunParas blocks lies in such a run at least as long (blank texts
// stated twice count too); 86 of 100 wcxb-dev flat pages held the
// 2*repeatRunParas blocks stated twice that the search asked before it
// read the texts, where 3.2 M of their 503 M instructions went.
func textDropCopiesRun(blocks []textBlock) (run, words int) {
	streak := 0
	for i := range blocks {
		if blocks[i].dup > 0 {
			streak++
			run = max(run, streak)
		} else {
			streak = 0
		}
		words += blocks[i].words
	}
	return run, words
}

// textCopyRunLong is copyRunLong of the blocks' texts, their words
// counted by the block reader.
func textCopyRunLong(run []textBlock) bool {
	filled, words := 0, 0
	for i := range run {
		filled += textBool(run[i].text != "")
		words += run[i].words
	}
	return filled >= repeatRunParas && words >= repeatRunWords
}

// The least share of a page's words a second copy holds, and of its own
// words in prose paragraphs, to be taken for the article's. On wcxb-dev
// flat pages, runs over both were dropped on 6 pages: 5 gained (articles
// 1396 +0.46, 0151 +0.26, 0355 +0.23, a product and a service page), a
// product page lost 0.094; of the runs under them, testimonials (0228),
// course menus (4582) and product blurbs lost up to 0.12 when dropped
// (docs/quality.md).
const (
	textCopyShare = 0.2
	textCopyProse = 0.5
)

// textCopyIsArticle reports whether the blocks of a run are a copy of
// the article on a page of all words (textCopyShare, textCopyProse).
func textCopyIsArticle(run []textBlock, all int) bool {
	copied, prose := 0, 0
	for i := range run {
		copied += run[i].words
		prose += textBool(textProse(&run[i])) * run[i].words
	}
	return float64(copied) >= textCopyShare*float64(all) && float64(prose) >= textCopyProse*float64(copied)
}
