package extract

import "testing"

// TestTextTitleMayStatePartGate holds textTitleStatesPart, behind its
// gate of first and last bytes (textTitleMayStatePart), to its reading
// without the gate, on pairs of lines built of headline words,
// breadcrumb and label marks and site tails, one line often the other's
// head or end: every pair the reading takes must pass the gate.
func TestTextTitleMayStatePartGate(t *testing.T) {
	rng := fastRand(68, 69)
	pieces := []string{"Best Ferries", "of 2026", "Harbour", "Tools", " ", "x", "é", "Home", " / ", "/", " » ", "»", " > ",
		" › ", " | ", "|", " – ", " — ", " - ", ": ", "Guide:", " (harbourton.org) 87", " (Harbour)", "×", ""}
	line := func() string {
		return fastPieces(rng, pieces, 1, 5)
	}
	var pairs []fastPair // the long line, the short
	for range 200000 {
		short := line()
		long := line()
		switch rng.IntN(3) {
		case 0:
			long = short + long // short opens long
		case 1:
			long += short // short ends long
		}
		pairs = append(pairs, fastPair{long, short})
	}
	checkSameAnswer(t, pairs, "textTitleStatesPart", func(p fastPair) bool {
		return textTitleStatesPart(p.a, p.b)
	}, func(p fastPair) bool {
		return len(p.b) < len(p.a) && textTitleReadsPart(p.a, p.b)
	}, 1000)
}
