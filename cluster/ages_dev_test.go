package cluster

import (
	"flag"
	"fmt"
	"testing"
)

var ageSetFile = flag.String("ageset", "", "JSONL set (id, title, text, event) whose age agreement TestAgeReport prints")

// TestAgeReport prints, for the pairs of documents of -ageset that both
// state an age, how many of one event and how many of two events share
// one: the evidence for the age gate (docs/quality.md, "Clustering").
//
//	go test ./cluster -run TestAgeReport -ageset FILE -v
func TestAgeReport(t *testing.T) {
	if *ageSetFile == "" {
		t.Skip("no -ageset")
	}
	type doc struct {
		event string
		ages  []uint8
	}
	var docs []doc
	for _, d := range readDevSet(t, *ageSetFile) {
		var ages []uint8
		scanAges(d.Title+"\n"+d.Text, func(a int) { ages = append(ages, uint8(a)) })
		docs = append(docs, doc{d.Event, ageSet(ages)})
	}
	var pairs, shared [2]int // [0] one event, [1] two events
	aged := 0
	for i, a := range docs {
		if len(a.ages) > 0 {
			aged++
		}
		for _, b := range docs[i+1:] {
			if len(a.ages) == 0 || len(b.ages) == 0 {
				continue
			}
			k := 0
			if a.event != b.event {
				k = 1
			}
			pairs[k]++
			if !agesApart(a.ages, addAges(nil, b.ages, 1), 1, 0) {
				shared[k]++
			}
		}
	}
	fmt.Printf("%d documents, %d state an age; pairs of one event sharing an age %d of %d (%.3f), of two events %d of %d (%.3f)\n",
		len(docs), aged, shared[0], pairs[0], float64(shared[0])/float64(max(1, pairs[0])),
		shared[1], pairs[1], float64(shared[1])/float64(max(1, pairs[1])))
}
