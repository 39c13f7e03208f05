package extract

import (
	"reflect"
	"testing"
)

// TestTextAskedForModels holds textContext.askedFor's comparison of
// models, field by field, to the struct's == with the slack zeroed: a
// context first asked of the default model keeps its questions for it at
// any slack, and for no model with one other field changed (another
// weights array, forest, bounds or page weights), nor for one without
// trees or bounds. It fails when textModel gains a field that askedFor
// does not compare.
func TestTextAskedForModels(t *testing.T) {
	if n := reflect.TypeFor[textModel]().NumField(); n != 5 {
		t.Fatalf("textModel has %d fields; askedFor compares them all but slack", n)
	}
	base := textDefaultModel()
	weights, page := textWeights, textPageWeights
	variants := []textModel{base, {}}
	for k := range 6 {
		v := base
		switch k {
		case 0:
			v.weights = &weights
		case 1:
			v.trees = newForest(textTrees, textForestCheck)
		case 2:
			v.bounds = nil
		case 3:
			v.slack = textDoubtSlack
		case 4:
			v.page = &page
		case 5:
			v.trees = nil
		}
		variants = append(variants, v)
	}
	blocks := []textBlock{{text: "Harbourton"}, {text: "Port Quell"}}
	for j, v := range variants {
		c := newTextContext(blocks, 0, 2)
		first := c.askedFor(base, 1)
		got := c.askedFor(v, 1)
		plain := v
		plain.slack = 0
		if want := plain.bounds != nil && plain.trees != nil && plain == c.askedOf; (got != nil) != want || got != nil && got != first {
			t.Errorf("variant %d: askedFor %v, want kept %v", j, got != nil, want)
		}
		if c := newTextContext(blocks, 0, 2); (c.askedFor(v, 0) != nil) != (v.bounds != nil && v.trees != nil) {
			t.Errorf("variant %d asked first: askedFor %v", j, c.askedFor(v, 0) != nil)
		}
	}
}

// TestTextContextCountsMatchPlain holds the context's prefix counts
// (newTextContextIn, which reads a block's prose test once for two of
// them) to counts taken block by block, on the seeds and, with
// STORYFOLD_DATA set, the speed pages, one scratch for all as the text
// path keeps it. It fails when a count reads another's test or block.
func TestTextContextCountsMatchPlain(t *testing.T) {
	x := New(DefaultOptions())
	s := newTextScratch()
	for _, p := range textSpeedPages(t) {
		tp := x.textAnalyse(p, string(p.Content), new(textScratch))
		c := newTextContextIn(tp.blocks, tp.first, tp.last, s)
		prose, proseW, short := 0, 0, 0
		for i := range tp.blocks {
			b := &tp.blocks[i]
			if textProse(b) {
				prose++
				proseW += b.words
			}
			if b.words < 4 {
				short++
			}
			if c.prose[i+1] != prose || c.proseW[i+1] != proseW || c.short[i+1] != short {
				t.Fatalf("%s block %d: counts %d %d %d, block by block %d %d %d", p.ID, i,
					c.prose[i+1], c.proseW[i+1], c.short[i+1], prose, proseW, short)
			}
		}
	}
}
