package extract

import (
	"math"
	"testing"
)

// TestForestWithScratch holds aboveWith and logitWith, which load each
// question's features into one scratch the caller keeps, to above and
// logit, which load them into a fresh array: the same answers and sums
// over a run of random vectors of one length through the same scratch,
// with NaN, -0 and infinities set at random places (a NaN loaded as +Inf
// must not stay for the next vector). The HTML model keeps a scratch a
// page (htmlModelFor).
func TestForestWithScratch(t *testing.T) {
	rng := fastRand(37, 8)
	odd := []float64{math.NaN(), math.Copysign(0, -1), math.Inf(1), math.Inf(-1)}
	for name, m := range forestModels() {
		fo := newForest(m.trees, m.check)
		var g [forestFeatures]float64
		f := make([]float64, m.n)
		for i := range 5000 {
			for k := range f {
				f[k] = float64(rng.IntN(3)) * rng.Float64() * 4
			}
			if i%3 == 0 {
				f[rng.IntN(m.n)] = odd[rng.IntN(len(odd))]
			}
			th, base := []float64{0, -0.5, 0.3}[i%3], rng.NormFloat64()*12
			if got, want := fo.aboveWith(&g, f, base, th), fo.above(f, base, th); got != want {
				t.Fatalf("%s: aboveWith %v, above %v (base %v, threshold %v) for %v", name, got, want, base, th, f)
			}
			if got, want := fo.logitWith(&g, f), fo.logit(f); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s: logitWith %v, logit %v for %v", name, got, want, f)
			}
		}
		if fo.aboveWith(nil, f, 1, 0) != fo.above(f, 1, 0) || fo.logitWith(nil, f) != fo.logit(f) {
			t.Errorf("%s: no scratch should be above and logit", name)
		}
	}
	var none *forest
	if none.aboveWith(new([forestFeatures]float64), []float64{1}, 1, 0) != true || none.logitWith(nil, []float64{1}) != 0 {
		t.Error("no forest should leave the regression's log-odds alone")
	}
	if htmlModelFor(htmlDefaultModel(), &pageMeta{}).loaded == nil {
		t.Error("htmlModelFor gave the page's model no scratch for its trees")
	}
}
