package extract

import (
	"testing"
)

// plainTitleOverBody is textTitleOverBody as it read before its gates
// were put first (forty-seventh session): best's stems made before the
// loop, and each candidate's containment asked before its log-odds.
func plainTitleOverBody(blocks []textBlock, cands []int, vecs [][textTitleFeatures]float64, best, first int, w *[textTitleFeatures]float64) int {
	if best < first+textTitleOverBodyDeep {
		return best
	}
	short := textTitleText(&blocks[best])
	words := textStems(short)
	if len(words) < 2 {
		return best
	}
	at := best
	for k, j := range cands {
		if j > first || j < best-textTitleOverBodyBlocks {
			continue
		}
		long := textTitleText(&blocks[j])
		if textTitleHolds(long, short) || textTitleLogit(&vecs[k], w) < textTitleOverBodyMin {
			continue
		}
		other := textStems(long)
		if shared := textSharedStems(other, words); 2*shared >= len(words) && 3*shared >= len(other) {
			at = j
		}
	}
	return at
}

// TestTextTitleOverBodyMatchesPlain holds textTitleOverBody, which reads
// best's stems and lowers its text only once a candidate clears the
// place and log-odds gates, and asks the log-odds before the lines'
// containment, to its plain form: random pages of headings that share
// words in several forms (the plural, the case, one holding another, a
// heading of one content word), random candidates and vectors whose
// log-odds fall either side of textTitleOverBodyMin.
func TestTextTitleOverBodyMatchesPlain(t *testing.T) {
	rng := fastRand(47, 106)
	lines := []string{
		"The Best Kettles", "Best Gooseneck Kettle", "best gooseneck kettle", "The Best Kettles of 2026",
		"Kettles", "Compare Top 5", "Harbour works at Keel Street Quay", "Keel Street Quay works",
		"What Makes The Best Non-Slip Yoga Mat?", "What Is The Ultimate Best Non-Slip Yoga Mat? Here Are My Top 3 Picks",
		"Home", "the", "Yoga Mats", "Best Yoga Mat for Travel",
		"The quay reopens after the winter's repairs, the harbour board said on Monday.",
		"By Ann Roe ⋅ Updated March 5, 2025", "× The Best Kettles",
	}
	var w [textTitleFeatures]float64
	w[0] = 1
	asked, moved, passed := 0, 0, 0
	for range 3000 {
		texts := fastDraws(rng, lines, 4, 30)
		blocks := textNewBlocks(texts...)
		var cands []int
		for i := range blocks {
			if rng.IntN(3) > 0 {
				cands = append(cands, i)
			}
		}
		vecs := make([][textTitleFeatures]float64, len(cands))
		for k := range vecs {
			vecs[k][0] = textTitleOverBodyMin + float64(rng.IntN(5)-2) // under, at and over the bar
		}
		best := rng.IntN(len(blocks))
		first := rng.IntN(best + 1)
		got, want := textTitleOverBody(blocks, cands, vecs, best, first, &w), plainTitleOverBody(blocks, cands, vecs, best, first, &w)
		if got != want {
			t.Fatalf("blocks %q, cands %v, best %d, first %d: textTitleOverBody %d, plain %d", texts, cands, best, first, got, want)
		}
		asked++
		moved += textBool(got != best)
		passed += textBool(best >= first+textTitleOverBodyDeep)
	}
	t.Logf("%d pages, %d past the depth, %d moved", asked, passed, moved)
	if moved < asked/50 || passed < asked/4 {
		t.Errorf("%d pages, %d past the depth, %d moved: too few to hold the gates", asked, passed, moved)
	}
}

// plainTitleBestOtherOver is textTitleBestOtherOver as it read before
// the log-odds were put before skip (forty-seventh session).
func plainTitleBestOtherOver(c *textTitleCandidates, at int, margin float64, skip func([]textBlock, int) bool) int {
	best, bestZ := at, 0.0
	for k, i := range c.cands {
		if i == at || c.blocks[i].text == c.blocks[at].text || (skip != nil && skip(c.blocks, i)) {
			continue
		}
		z := textTitleLogit(&c.vecs[k], c.w)
		if z >= textTitleMinLogitAt(i, c.first, c.clean)+margin && (best == at || z > bestZ) {
			best, bestZ = i, z
		}
	}
	return best
}

// TestTextTitleBestOtherMatchesPlain holds textTitleBestOtherOver, which
// asks skip only of a candidate whose log-odds would take it, to its
// plain form: random pages (a line stated twice among them, so that a
// copy of at's text is passed over), random candidates, log-odds either
// side of the bars (textTitleMinLogitAt, with margins), ties among them,
// and skip functions that leave out none, some or all of the blocks.
func TestTextTitleBestOtherMatchesPlain(t *testing.T) {
	rng := fastRand(106, 47)
	lines := []string{"Home", "Harbour works at Keel Street Quay", "Ferries", "Tides for the week ahead", "By Ann Roe"}
	var w [textTitleFeatures]float64
	w[0] = 1
	asked, moved, skipped := 0, 0, 0
	for range 20000 {
		texts := fastDraws(rng, lines, 2, 20)
		c := textTitleCandidates{blocks: textNewBlocks(texts...), first: rng.IntN(len(texts)), clean: rng.IntN(2) == 0, w: &w}
		for i := range texts {
			if rng.IntN(4) > 0 {
				c.cands = append(c.cands, i)
			}
		}
		c.vecs = make([][textTitleFeatures]float64, len(c.cands))
		for k := range c.vecs {
			c.vecs[k][0] = float64(rng.IntN(9)-6) / 2 // -3 to 1 by halves: under and over each bar, with ties
		}
		out := make([]bool, len(texts))
		for i := range out {
			out[i] = rng.IntN(3) == 0
		}
		var skip func([]textBlock, int) bool
		switch rng.IntN(4) {
		case 1:
			skip = func(_ []textBlock, i int) bool { return out[i] }
		case 2:
			skip = func([]textBlock, int) bool { return true }
		case 3:
			skip = func(blocks []textBlock, i int) bool { return blocks[i].words < 3 }
		}
		at := rng.IntN(len(texts))
		margin := float64(rng.IntN(3)) / 2
		got, want := textTitleBestOtherOver(&c, at, margin, skip), plainTitleBestOtherOver(&c, at, margin, skip)
		if got != want {
			t.Fatalf("blocks %q, cands %v, at %d, first %d, margin %v: textTitleBestOtherOver %d, plain %d", texts, c.cands, at, c.first, margin, got, want)
		}
		asked++
		moved += textBool(got != at)
		skipped += textBool(skip != nil && got != at && got != plainTitleBestOtherOver(&c, at, margin, nil))
	}
	t.Logf("%d pages, %d moved, %d moved elsewhere by skip", asked, moved, skipped)
	if moved < asked/4 || skipped < asked/50 {
		t.Errorf("%d pages, %d moved, %d moved elsewhere by skip: too few to hold the order", asked, moved, skipped)
	}
}
