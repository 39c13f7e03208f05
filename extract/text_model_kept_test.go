package extract

import (
	"math"
	"testing"
)

// TestTextKeptFeaturesMatchFresh holds the block model's kept vectors
// (textContext.kept: a block's features, loaded at its first question and
// read at the next) to the features built afresh, on the seeds and, with
// STORYFOLD_DATA set, the speed pages, with one scratch for all as the
// text path keeps it (its room is not cleared between pages). Each page
// is asked as the text path asks it (the classification at both bars,
// the raised bar, the doubted sentences), then every block again at bars
// around its log-odds, a round over the page at each bar, so that a
// block's later question comes after other blocks'. Every answer is the
// plain forest's on a fresh vector, and every asked block's kept vector
// is its fresh one, loaded, to the bit. It fails when a block's vector
// is written elsewhere than its room, or read from another's.
func TestTextKeptFeaturesMatchFresh(t *testing.T) {
	asked, again := 0, 0
	textAskSpeedPages(t, func(id string, tp *textPage, c *textContext, m textModel, keep []bool) {
		doubt, raise := m, m
		doubt.slack, raise.slack = textDoubtSlack, -textSureRaise
		_ = tp.classify(c, doubt)
		_ = textRaiseBar(c, keep, raise)
		textDropDoubtedIn(c, keep, m)
		textKeepDoubtedSentences(c, keep, doubt, tp.box, tp.boxEnd)
		fresh := make([][textNumFeatures]float64, len(tp.blocks))
		for i := range tp.blocks {
			c.features(i, &fresh[i])
		}
		for _, d := range []float64{0.01, -0.3, 1, -0.01, 0.3, -1} {
			for i := range tp.blocks {
				if i%3 == 1 || tp.blocks[i].cue != textCueNone { // some blocks left unasked, as the cue lines are
					continue
				}
				f := fresh[i]
				z := textLogit(&f, m.weights)
				if c.asked[i].run.at != nil {
					again++
				}
				if got, want := m.above(c, i, z+d), m.trees.above(f[:], z, z+d); got != want {
					t.Fatalf("%s block %d %q at bar %v (log-odds %v): from the kept vector %v, afresh %v", id, i, tp.blocks[i].text, z+d, z, got, want)
				}
				asked++
			}
		}
		for i := range tp.blocks {
			q := &c.asked[i]
			if q.run.at == nil {
				continue
			}
			f := fresh[i]
			textLoadLogged(&f, q.z)
			kept := c.keptAt(i)
			for k := range f {
				if math.Float64bits(kept[k]) != math.Float64bits(f[k]) {
					t.Fatalf("%s block %d %q: kept feature %d is %v, afresh %v", id, i, tp.blocks[i].text, k, kept[k], f[k])
				}
			}
		}
	})
	if asked < 200 || again < asked/2 {
		t.Fatalf("only %d questions asked, %d of a block asked before: the test reaches too little", asked, again)
	}
}

// textAskSpeedPages reads each of textSpeedPages as the text path does,
// with one scratch for all as the text path keeps it (its rooms are not
// cleared between pages), and hands ask each page that is not clean with
// its context, the model, and the blocks classified at the model's bar:
// every block asked once, its features kept.
func textAskSpeedPages(t *testing.T, ask func(id string, tp *textPage, c *textContext, m textModel, keep []bool)) {
	t.Helper()
	x := New(DefaultOptions())
	sc := newTextScratch()
	for _, p := range textSpeedPages(t) {
		tp := x.textAnalyse(p, string(p.Content), sc)
		if tp.clean {
			continue
		}
		c := newTextContextIn(tp.blocks, tp.first, tp.last, sc)
		c.asked = sc.askedFor(len(tp.blocks))
		c.kept = sc.keptFor(len(tp.blocks))
		ask(p.ID, &tp, c, x.text, tp.classify(c, x.text))
	}
}

// TestTextForestReadsTextFeatures holds the text trees and their bounds
// to the first textNumFeatures features: the kept vectors
// (textContext.keptAt) lie textNumFeatures apart, so a split on a later
// feature would read the next block's.
func TestTextForestReadsTextFeatures(t *testing.T) {
	for i, tree := range textTrees {
		for _, nd := range tree {
			if nd.feature >= textNumFeatures {
				t.Fatalf("text tree %d splits on feature %d, past textNumFeatures %d", i, nd.feature, textNumFeatures)
			}
		}
	}
	for _, s := range textForestBounds().splits {
		if s.feat >= textNumFeatures {
			t.Fatalf("a bound splits on feature %d, past textNumFeatures %d", s.feat, textNumFeatures)
		}
	}
}
