package claims

import (
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// unitClassByStem is unitClass as it was, stemming every time: the
// reference for unitStems.
func unitClassByStem(m Match) string {
	c, ok := unitClasses[m.Unit]
	if !ok {
		c = textnorm.Stem(m.Unit)
	}
	switch {
	case m.Outcome != "" && (totalUnits[c] || totalUnits[m.Unit]):
		return m.Outcome
	case m.Outcome != "" && humanUnits[m.Unit]:
		return m.Unit + " " + m.Outcome
	}
	return c
}

func TestUnitStemsMatchesStem(t *testing.T) {
	stems := unitStems{}
	n := 0
	for _, s := range corpusSentences(t) {
		for _, m := range Quantities(s) {
			for _, m := range []Match{m, {Quantity: news.Quantity{Unit: m.Unit}, Outcome: "deaths"}} {
				want := unitClassByStem(m)
				if got := stems.class(m); got != want {
					t.Fatalf("unitStems.class(%+v) = %q, want %q", m, got, want)
				}
				if got := unitClass(m); got != want {
					t.Fatalf("unitClass(%+v) = %q, want %q", m, got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d quantities, %d distinct units", n, len(stems))
}
