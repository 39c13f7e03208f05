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
	terms  []uint64 // the distinct terms of the sentences, sorted
	rank   []int32  // by index in terms: position in the rarest-first order
	// The postings of each rank, in one slice: head and tail by rank,
	// each posting linking to the next (-1 ends a list). Thousands of
	// small lists, each grown by appending, were a third of add.
	head, tail []int32
	posts      []posting
	seen       []int // per group: the last probe that listed it
	probe      int
	ranks      []int32 // prefix's buffer
	// firsts backs each new group's one-sentence slice, so starting a
	// group allocates nothing: most sentences start one, and a slice of
	// one for each was the largest allocation of a bench ingest (8% of
	// its bytes, with the groups' growth). A group's slice is capped at
	// its one element, so appending to it copies rather than writing
	// over the next group's first sentence.
	firsts []*sentence
}

// posting lists a group under a term: the group, the term's position among
// the terms of the group's first sentence (rarest first), and the next
// posting of the term.
type posting struct {
	group, pos, next int32
}

// newGrouper prepares grouping of sents at threshold t.
func newGrouper(t float64, sents []*sentence) *grouper {
	terms, rank := rankTerms(sents)
	head, tail := make([]int32, len(terms)), make([]int32, len(terms))
	for i := range head {
		head[i], tail[i] = -1, -1
	}
	// Sized for every sentence starting a group and posting its whole
	// prefix, so they never grow.
	nposts := 0
	for _, s := range sents {
		nposts += prefixLen(t, len(s.terms))
	}
	return &grouper{
		t: t, terms: terms, rank: rank, head: head, tail: tail,
		groups: make([][]*sentence, 0, len(sents)), seen: make([]int, 0, len(sents)),
		posts: make([]posting, 0, nposts), firsts: make([]*sentence, len(sents)),
	}
}

// rankTerms returns the distinct terms of sents, sorted, and the rank of
// each in the order of document frequency (rarest first), then hash. One
// sort of every term gives both the distinct terms and their frequencies;
// a counting sort on frequency, stable over terms already in hash order,
// gives the ranks: a map of the frequencies, and sorting each frequency's
// terms again, were nearly half of grouping.
func rankTerms(sents []*sentence) (terms []uint64, rank []int32) {
	n := 0
	for _, s := range sents {
		n += len(s.terms)
	}
	all := make([]uint64, 0, n)
	for _, s := range sents {
		all = append(all, s.terms...)
	}
	slices.Sort(all)
	df := make([]int32, 0, n)
	for i, h := range all {
		if i > 0 && h == all[i-1] {
			df[len(df)-1]++
			continue
		}
		all[len(df)] = h
		df = append(df, 1)
	}
	terms = all[:len(df)]
	start := make([]int32, len(sents)+2) // start[d]: first rank of frequency d
	for _, d := range df {
		start[d+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	rank = df // each frequency is read before its slot is overwritten
	for i, d := range df {
		rank[i] = start[d]
		start[d]++
	}
	return terms, rank
}

// rankOf returns the rank of h, a term of one of the sentences the
// grouper was made for (TestRankOf). The terms are hashes, spread evenly,
// so h sits about h/2⁶⁴ of the way along the sorted terms, typically a few
// dozen places off for a story's terms; a walk from there was cheaper
// than a binary search (BenchmarkGroupZipf 7.3 → 6.1 ms), whose branches
// the processor cannot foresee.
func (g *grouper) rankOf(h uint64) int32 {
	i := int((h >> 32) * uint64(len(g.terms)) >> 32)
	for g.terms[i] < h {
		i++
	}
	for g.terms[i] > h {
		i--
	}
	return g.rank[i]
}

// prefix returns the ranks of the rarest terms of s, of which any
// sentence reaching Dice t with s must share at least one.
func (g *grouper) prefix(s *sentence) []int32 {
	l := len(s.terms)
	if l == 0 {
		return nil
	}
	n := prefixLen(g.t, l)
	p := g.ranks[:0]
	for _, h := range s.terms {
		p = append(p, g.rankOf(h))
	}
	slices.Sort(p)
	g.ranks = p
	return p[:n]
}

// prefixLen is the length of the prefix of a sentence of l terms.
func prefixLen(t float64, l int) int {
	if l == 0 {
		return 0
	}
	minShared := int(math.Ceil(t*float64(l)/(2-t) - 1e-9))
	return min(l, max(l-minShared+1, 1))
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
		for k := g.head[r]; k >= 0; k = g.posts[k].next {
			e := g.posts[k]
			i := int(e.group)
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
			shared := 1 + min(ls-p-1, len(first)-int(e.pos)-1)
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
	g.firsts[i] = s
	g.groups = append(g.groups, g.firsts[i:i+1:i+1])
	g.seen = append(g.seen, 0)
	for p, r := range pre {
		k := int32(len(g.posts))
		g.posts = append(g.posts, posting{group: int32(i), pos: int32(p), next: -1})
		if g.tail[r] >= 0 {
			g.posts[g.tail[r]].next = k
		} else {
			g.head[r] = k
		}
		g.tail[r] = k
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
