//go:build !purego

package extract

// forestLooks is forestLooksGo in assembly (forestlooks_amd64.s): the
// text model's looks at its bounds, every four trees, inside the walk.
// The features' parameter is feats, as forestSum's: g names a register
// to the assembler. It goes on from the run r (its j fours of walk
// summed to its z, its bounds at) and leaves r where it stopped.
//
//go:noescape
func forestLooks(walk []*forestStep, feats *[forestFeatures]float64, r *forestRun, under, over float64) (verdict int)

// forestStartAbove is forestStartAboveGo in assembly
// (forestlooks_amd64.s): the bound walk fb.full to the box's leaf,
// forestLooks from a fresh run r at the bars forest.settle works out, and
// the answer, in one call. It writes r's sum and fours summed but not its
// bounds, which the caller sets to fb.at[leaf] (assembly writes no
// pointer, which the garbage collector's write barrier would have to
// see).
//
//go:noescape
func forestStartAbove(fo *forest, fb *forestBounds, feats *[forestFeatures]float64, r *forestRun, base, t float64) (above bool, leaf int)
