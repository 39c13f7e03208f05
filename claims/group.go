package claims

import (
	"math"
	"slices"
)

// grouper puts sentences into groups by wording: each sentence joins the
// first group whose first sentence has a Dice coefficient of at least t
// with it, or starts a new group. Comparing every sentence with every
// group is quadratic in a story's sentences (most of a ledger's cost on a
// 50-article story), so candidates come from a prefix filter: with the
// terms of every sentence in one order, rarest in the story first, two
// sentences reaching Dice t share a term among the first
// l - ⌈t·l/(2-t)⌉ + 1 of each (l its term count). The filter only skips
// groups that cannot qualify, so the groups are those of the exhaustive
// comparison. A positional filter skips more: two sentences whose first
// shared term (in that order) comes late in either can share no more terms
// than follow it.
type grouper struct {
	t      float64
	groups [][]*sentence
	rank   map[uint64]int32 // term → position in the rarest-first order
	index  [][]posting      // by rank: the groups whose first sentence has the term in its prefix
	seen   []int            // per group: the last probe that listed it
	probe  int
	ranks  []int32 // prefix's buffer
}

// newGrouper prepares grouping of sents at threshold t.
func newGrouper(t float64, sents []*sentence) *grouper {
	n := 0
	for _, s := range sents {
		n += len(s.terms)
	}
	// One map serves twice: first each term's document frequency, then
	// its rank. Sized for all terms distinct: growing it cost more than
	// the counting.
	rank := make(map[uint64]int32, n)
	for _, s := range sents {
		for _, h := range s.terms {
			rank[h]++
		}
	}
	order := rarestFirst(rank, len(sents))
	for i, h := range order {
		rank[h] = int32(i)
	}
	return &grouper{t: t, rank: rank, index: make([][]posting, len(order))}
}

// posting is a group listed under a term, and the term's position among
// the terms of the group's first sentence, rarest first.
type posting struct {
	group int
	pos   int
}

// rarestFirst returns the terms of df ordered by document frequency, at
// most maxDF, then by hash. It sorts by counting on frequency, then sorts
// the hashes of each frequency: a comparison sort of (frequency, hash)
// pairs was a third of newGrouper.
func rarestFirst(df map[uint64]int32, maxDF int) []uint64 {
	start := make([]int, maxDF+2) // start[d]: where the terms of frequency d begin
	for _, n := range df {
		start[n+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	next := slices.Clone(start)
	order := make([]uint64, len(df))
	for h, n := range df {
		order[next[n]] = h
		next[n]++
	}
	for d := 1; d <= maxDF; d++ {
		slices.Sort(order[start[d]:start[d+1]])
	}
	return order
}

// prefix returns the ranks of the rarest terms of s, of which any
// sentence reaching Dice t with s must share at least one.
func (g *grouper) prefix(s *sentence) []int32 {
	l := len(s.terms)
	if l == 0 {
		return nil
	}
	minShared := int(math.Ceil(g.t*float64(l)/(2-g.t) - 1e-9))
	n := min(l, max(l-minShared+1, 1))
	p := g.ranks[:0]
	for _, h := range s.terms {
		p = append(p, g.rank[h])
	}
	slices.Sort(p)
	g.ranks = p
	return p[:n]
}

// add puts s into its group. Each index list holds groups in the order
// they were made, so a list is left at the first group past the best
// found; sizes too far apart to reach Dice t skip the merge, and so do
// groups whose first shared term leaves too few terms after it.
func (g *grouper) add(s *sentence) {
	pre := g.prefix(s)
	g.probe++
	best := -1
	ls := len(s.terms)
	for p, r := range pre {
		for _, e := range g.index[r] {
			i := e.group
			if best >= 0 && i >= best {
				break
			}
			if g.seen[i] == g.probe {
				continue
			}
			g.seen[i] = g.probe
			first := g.groups[i][0].terms
			// This is the first term s shares with the group's first
			// sentence: an earlier one would be in both prefixes, and
			// the group would have been seen under it.
			shared := 1 + min(ls-p-1, len(first)-e.pos-1)
			if canShare(shared, len(first), ls, g.t) && canReach(len(first), ls, g.t) && dice(first, s.terms) >= g.t {
				best = i
			}
		}
	}
	if best >= 0 {
		g.groups[best] = append(g.groups[best], s)
		return
	}
	i := len(g.groups)
	g.groups = append(g.groups, []*sentence{s})
	g.seen = append(g.seen, 0)
	for p, r := range pre {
		g.index[r] = append(g.index[r], posting{group: i, pos: p})
	}
}

// canShare reports whether term sets of sizes a and b sharing at most n
// terms can have a Dice coefficient of t: dice divides 2n by the same
// a+b, which rounds monotonically, so a false here means dice < t.
func canShare(n, a, b int, t float64) bool {
	return 2*float64(n)/float64(a+b) >= t
}

// canReach reports whether non-empty term sets of sizes a and b can have
// a Dice coefficient of t: at best they share the smaller set, and dice
// divides by the same a+b, which rounds monotonically, so a false here
// means dice < t.
func canReach(a, b int, t float64) bool {
	return 2*float64(min(a, b))/float64(a+b) >= t
}
