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
