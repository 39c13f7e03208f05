package cluster

import (
	"flag"
	"fmt"
	"testing"
)

var splitSet = flag.String("splitset", "", "JSONL set (id, text, title, event) whose split checks TestSplitReport prints")

// TestSplitReport clusters -splitset with the clusterer alone and prints,
// for every story the split check would cut (both 2-means halves with a
// name of their own), whether it holds several gold events, the halves'
// centroid score and its four cosines, the mean margin of each member
// between its half and the other, whether each half has a headline word
// of its own, and the gold events on each side: the figures that say
// whether a threshold could tell two events from one (docs/quality.md).
//
//	go test ./cluster -run TestSplitReport -splitset FILE -v
func TestSplitReport(t *testing.T) {
	if *splitSet == "" {
		t.Skip("no -splitset")
	}
	c := New(DefaultOptions())
	gold := map[string]string{}
	for _, d := range readDevSet(t, *splitSet) {
		gold[d.ID] = d.Event
		c.Add(Doc{ID: d.ID, Title: d.Title, Body: d.Text})
	}
	c.Maintain()
	for _, s := range c.stories {
		if s == nil || len(s.members) < c.o.SplitMinSize {
			continue
		}
		var ms []member
		for _, m := range s.members {
			if m.f != nil {
				ms = append(ms, m)
			}
		}
		side := twoMeans(c.localVecs(ms), c.o.SplitSeeds)
		var a, b []member
		events, inA, inB := map[string]bool{}, map[string]int{}, map[string]int{}
		for i, m := range ms {
			events[gold[m.id]] = true
			if side[i] {
				a, inA[gold[m.id]] = append(a, m), inA[gold[m.id]]+1
			} else {
				b, inB[gold[m.id]] = append(b, m), inB[gold[m.id]]+1
			}
		}
		if len(a) < 2 || len(b) < 2 || !c.ownName(a, b) || !c.ownName(b, a) {
			continue
		}
		cos := c.halvesCosines(a, b)
		fmt.Printf("events %d  halves score %.3f  (body %.3f head %.3f names %.3f numbers %.3f)  margin %.3f  own headline words %v/%v  | %v | %v\n",
			len(events), c.halvesScore(a, b), cos[0], cos[1], cos[2], cos[3], c.halvesMargin(a, b), ownHeadWord(a, b), ownHeadWord(b, a), inA, inB)
	}
}

// halvesCosines returns the four cosines (body, head, names, numbers) of
// the centroids of a and b that halvesScore weighs: which kind of
// evidence holds two halves together.
func (c *Clusterer) halvesCosines(a, b []member) [4]float64 {
	sa, sb := c.halvesCentroids(a, b)
	q, sn := c.storyQuery(sa), c.storyNorms(sb)
	var cos [4]float64
	for i, v := range [4]vec{sb.body, sb.head, sb.ents, sb.nums} {
		if q.norms[i] > 0 && sn[i] > 0 {
			cos[i] = dotIDF(q.vecs[i], v, c.voc.idf) / (q.norms[i] * sn[i])
		}
	}
	return cos
}

// ownHeadWord reports whether a headline (or lead) term is held by half
// of a's members and a tenth of b's at most: ownName for what happened.
func ownHeadWord(a, b []member) bool {
	return ownTerm(a, b, func(f *features) vec { return f.head }, 0.5, 0.1)
}

// halvesMargin is the mean, over the members of both halves, of a
// member's score to its own half (without it) less its score to the other.
func (c *Clusterer) halvesMargin(a, b []member) float64 {
	sa, sb := &story{normsAt: -1}, &story{normsAt: -1}
	for _, m := range a {
		c.addToCentroid(sa, m.f, 1)
	}
	for _, m := range b {
		c.addToCentroid(sb, m.f, 1)
	}
	margin := 0.0
	for _, side := range []struct {
		ms         []member
		own, other *story
	}{{a, sa, sb}, {b, sb, sa}} {
		for _, m := range side.ms {
			c.addToCentroid(side.own, m.f, -1)
			margin += c.score(m.f, side.own) - c.score(m.f, side.other)
			c.addToCentroid(side.own, m.f, 1)
		}
	}
	return margin / float64(len(a)+len(b))
}
