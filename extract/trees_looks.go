package extract

// forestLooksGo goes on with the run r over walk (trees a multiple of
// four), from its j-th four, summing four trees at a time onto r.z and
// looking before each four at the bounds of what the trees from there on
// can add, r.at[2j] at most and r.at[2j+1] at least for the j-th four:
// it stops at the first look where z + at[2j] < under (verdict -1: the
// sum stays under the bar) or z + at[2j+1] > over (verdict 1: it stays
// above), or once every tree is summed (verdict 0), and leaves r's sum
// and fours summed where it stopped. It is forest.settle's loop for a forest looked
// at every four trees (forest.fours), and forestLooks, its assembly on
// amd64, the loop forest.settle runs there (TestForestLooksMatchesPlain).
//
// Why looks every four trees, in the walk: the text model's trees,
// looked at every 16 with the bound tree's boxes (the first 16 summed
// without a look), summed 45.59 of their 100 a first question on the
// 100 long wcxb-dev flat pages (27,114 first questions); looked at every
// 4 (the first 4 without a look) they would sum 40.12, every one 38.65.
// A look in Go (settle's loop, a call of forestSum for each run of trees)
// cost about as much as the trees it spared (docs/quality.md, "Text
// speed, seventh round"); in the walk a look is some 8 instructions
// (fifty-fourth session, docs/quality/text-extraction-4.md).
func forestLooksGo(walk []*forestStep, g *[forestFeatures]float64, r *forestRun, under, over float64) (verdict int) {
	at, z, j := r.at, r.z, r.j
	for ; 4*j < len(walk); j++ {
		if z+at[2*j] < under {
			verdict = -1
			break
		}
		if z+at[2*j+1] > over {
			verdict = 1
			break
		}
		z = forestSumGo(walk[4*j:4*j+4], g, z)
	}
	r.z, r.j = z, j
	return verdict
}

// forestStartAboveGo is a block's first question of fo (looked at in
// the walk, fo.fours) over the bounds fb laid out complete (fb.full),
// for the loaded features g, whether (base + the trees' sum) / 2 > t: the
// box's leaf, r fresh with that leaf's bounds, and forestLooksGo from
// there at the bars forest.settle works out. forestStartAbove is its
// assembly on amd64 (TestForestStartAboveMatchesPlain), which leaves r's
// bounds to its caller.
func forestStartAboveGo(fo *forest, fb *forestBounds, g *[forestFeatures]float64, r *forestRun, base, t float64) (above bool, leaf int) {
	leaf = fb.full.leaf(g)
	*r = forestRun{at: fb.at[leaf]}
	need := 2*t - base
	if verdict := forestLooksGo(fo.walk, g, r, need-forestSlack, need+forestSlack); verdict != 0 {
		return verdict > 0, leaf
	}
	return (base+r.z)/2 > t, leaf
}
