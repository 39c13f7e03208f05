package extract

import "strings"

// textBodyRepeats is what the flat body's staying blocks say, as the body
// is joined (textAssembleOdds), of what its second-copy steps
// (dropRepeatedRunsIn) could find. Those steps split the joined body into
// lines and into paragraphs again and file every line by its hash, some
// 11 M of 100 wcxb-dev flat pages' 502 M instructions, while the blocks
// were marked by their texts' repeats (textBlock.dup) when the page was
// read: a body whose blocks repeat nothing cannot hold a copy.
//
// A line of the body repeats an earlier one only when it is a block's
// text that the page states twice (dup > 0), or it is, or equals, a line
// of a block of several lines: a block's text stated once equals no other
// block's. A run and the earlier lines it repeats do not overlap, so each
// line of the blocks of several lines is in one of its pairs at most, and
// a run's lines number no more than the blocks of one line stated twice
// and the lines of the others. The first block counts as one of several
// lines, for textReadHeader may cut its text after it was marked. Without
// such blocks, a copied run's lines are a run of blocks stated twice, one
// after another. dropAdjacentCopies cuts k paragraphs stated again right
// under themselves, k up to repeatRunParas, which are then k blocks each
// equal to the block k places above, both stated twice or the upper the
// page's first block (seeTwins). Two equal blocks within repeatRunParas
// places, or the first block staying, ran it on 22 of the 100 long
// wcxb-dev flat pages (1.39 M instructions), where it cut a run on four
// (fifty-eighth session, docs/quality/text-extraction-5.md).
type textBodyRepeats struct {
	n      int // the staying blocks seen
	dups   int // of them, the blocks of one line stated twice
	multi  int // the lines of the blocks of several lines, and the first block's
	streak int // the blocks of one line stated twice just seen, one after another
	run    int // the longest such streak
	// last holds the texts of the last repeatRunParas staying blocks, the
	// one at place p (from 0) at p % repeatRunParas.
	last [repeatRunParas]string
	// paras is set when the body may hold paragraphs stated again right
	// under themselves (dropAdjacentCopies): a run of k blocks, k up to
	// repeatRunParas, each equal to the block k places above (seeTwins),
	// or a text that does not split into paragraphs as itself (empty, or
	// with an empty line in it or at an end).
	paras bool
	// head is set when the page's first block stays: textReadHeader may
	// have cut its text after the page marked its repeats, so a block
	// stated once may equal it, and the blocks within repeatRunParas
	// places of it are compared with it whatever their marks say.
	head bool
	// twins holds, for each k from 1 to repeatRunParas (at k-1), the
	// last place whose block equals the one k places above it, and how
	// many places in a row up to it do (seeTwins).
	twins [repeatRunParas]struct{ at, n int }
}

// see adds staying block i to what r bounds.
func (r *textBodyRepeats) see(i int, b *textBlock) {
	s := b.text
	r.n++
	if s == "" {
		r.paras = true // blank lines: they break no run
		return
	}
	if i == 0 || strings.IndexByte(s, '\n') >= 0 {
		r.multi += strings.Count(s, "\n") + 1
		r.head = r.head || i == 0
		if s[0] == '\n' || s[len(s)-1] == '\n' || strings.Contains(s, "\n\n") {
			r.paras = true
		}
	} else if b.dup > 0 {
		r.dups++
		r.streak++
		r.run = max(r.run, r.streak)
	} else {
		r.streak = 0
	}
	p := r.n - 1
	// An equal text is stated twice too, or it is the first block's
	// (head), which is always the body's first.
	if (b.dup > 0 || r.head && p <= repeatRunParas) && !r.paras {
		r.seeTwins(p, s)
	}
	r.last[p%repeatRunParas] = s
}

// seeTwins compares s, the staying block at place p, with the blocks up
// to repeatRunParas places above it, and sets paras when the blocks
// matched k places above make a run of k: k paragraphs stated again
// right under themselves, what dropAdjacentCopies cuts. A place no block
// is compared at holds a text stated once, which ends every run over it.
func (r *textBodyRepeats) seeTwins(p int, s string) {
	for k := 1; k <= min(repeatRunParas, p); k++ {
		if r.last[(p-k)%repeatRunParas] != s {
			continue
		}
		t := &r.twins[k-1]
		if t.at != p-1 {
			t.n = 0
		}
		t.at, t.n = p, t.n+1
		if t.n >= k {
			r.paras = true
			return
		}
	}
}

// lines bounds the non-blank lines of a run of the body that may repeat
// earlier lines: a copied run needs repeatRunParas of them
// (dropCopiedRuns).
func (r *textBodyRepeats) lines() int {
	if r.multi == 0 {
		return r.run
	}
	return r.dups + r.multi
}

// textDropRepeats is dropRepeatedRunsIn on a flat body joined from blocks
// that r bounds: each step runs only when r leaves it something to find.
// dropAdjacentCopies reads the paragraphs of the body as joined, so it is
// skipped only when dropCopiedRuns left the body as it was (a run it cuts
// holds repeatRunParas lines, so the body then grows shorter).
func textDropRepeats(body string, s *textScratch, r textBodyRepeats) string {
	out := body
	if r.lines() >= repeatRunParas {
		out = dropCopiedRuns(body, s)
	}
	if len(out) == len(body) && !r.paras {
		return out
	}
	return dropAdjacentCopies(out, s)
}
