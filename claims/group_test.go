package claims

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// groupAll is the exhaustive grouping the grouper must reproduce.
func groupAll(t float64, sents []*sentence) [][]*sentence {
	var groups [][]*sentence
	for _, s := range sents {
		placed := false
		for i, g := range groups {
			if dice(g[0].terms, s.terms) >= t {
				groups[i] = append(g, s)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []*sentence{s})
		}
	}
	return groups
}

func TestGrouperMatchesExhaustive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	merged := 0
	for trial := range 300 {
		vocab := 5 + rng.IntN(60)
		var sents []*sentence
		for range rng.IntN(80) {
			var words []string
			for range rng.IntN(20) {
				// Skewed draws, as in text: low numbers are common.
				words = append(words, string(rune('a'+rng.IntN(1+rng.IntN(vocab))%26))+string(rune('a'+rng.IntN(vocab)/26)))
			}
			sents = append(sents, &sentence{terms: termSet(words)})
		}
		for _, th := range []float64{0.3, 0.5, 0.7} {
			g := newGrouper(th, sents)
			for _, s := range sents {
				g.add(s)
			}
			want := groupAll(th, sents)
			if !slices.EqualFunc(g.groups, want, func(a, b []*sentence) bool { return slices.Equal(a, b) }) {
				t.Fatalf("trial %d, t=%v: grouper made %d groups, exhaustive %d", trial, th, len(g.groups), len(want))
			}
			merged += len(sents) - len(want)
		}
	}
	if merged < 1000 {
		t.Errorf("only %d sentences joined a group: the test sets are too unlike each other to test merging", merged)
	}
}

// TestRankTerms checks rankTerms against a map of frequencies and a
// comparison sort by (frequency, hash).
func TestRankTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		var sents []*sentence
		for range rng.IntN(40) {
			var words []string
			for range rng.IntN(30) {
				words = append(words, fmt.Sprint(rng.IntN(1+rng.IntN(200))))
			}
			sents = append(sents, &sentence{terms: termSet(words)})
		}
		df := map[uint64]int{}
		for _, s := range sents {
			for _, h := range s.terms {
				df[h]++
			}
		}
		var order []uint64
		for h := range df {
			order = append(order, h)
		}
		slices.SortFunc(order, func(a, b uint64) int { return cmp.Or(cmp.Compare(df[a], df[b]), cmp.Compare(a, b)) })
		terms, rank := rankTerms(sents)
		if len(terms) != len(order) || !slices.IsSorted(terms) {
			t.Fatalf("rankTerms gave %d terms (sorted: %v), want %d", len(terms), slices.IsSorted(terms), len(order))
		}
		for r, h := range order {
			if i, ok := slices.BinarySearch(terms, h); !ok || rank[i] != int32(r) {
				t.Fatalf("term %x: rank %d, want %d", h, rank[i], r)
			}
		}
	}
}

// TestRankOf checks the grouper's walk to a term's rank against a binary
// search of the sorted terms, for every term of random stories.
func TestRankOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 50 {
		sents := zipfStory(rng)[:1+rng.IntN(150)]
		g := newGrouper(0.5, sents)
		for _, s := range sents {
			for _, h := range s.terms {
				i, _ := slices.BinarySearch(g.terms, h)
				if got := g.rankOf(h); got != g.rank[i] {
					t.Fatalf("rankOf(%x) = %d, want %d", h, got, g.rank[i])
				}
			}
		}
	}
}

// zipfStory is a story's summary candidates as the ingest benchmark makes
// them: five reports of 25 sentences, each 12 to 19 words drawn from a
// Zipf vocabulary (pipeline.Bench), a few repeated by a copy.
func zipfStory(rng *rand.Rand) []*sentence {
	zipf := rand.NewZipf(rng, 1.1, 2, 49_999)
	var sents []*sentence
	for range 5 * 25 {
		var words []string
		for range 12 + rng.IntN(8) {
			words = append(words, fmt.Sprint("w", zipf.Uint64()))
		}
		sents = append(sents, &sentence{terms: termSet(words)})
	}
	for i := range 25 {
		sents = append(sents, sents[i])
	}
	return sents
}

func BenchmarkGroupZipf(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 8))
	stories := make([][]*sentence, 16)
	for i := range stories {
		stories[i] = zipfStory(rng)
	}
	x := New(DefaultOptions())
	for b.Loop() {
		for _, s := range stories {
			x.group(s)
		}
	}
}
