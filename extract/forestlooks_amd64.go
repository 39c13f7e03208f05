//go:build !purego

package extract

// forestLooks is forestLooksGo in assembly (forestlooks_amd64.s): the
// text model's looks at its bounds, every four trees, inside the walk.
// The features' parameter is feats, as forestSum's: g names a register
// to the assembler.
//
//go:noescape
func forestLooks(trees []*forestStep, feats *[forestFeatures]float64, at []float64, z, under, over float64) (sum float64, fours, verdict int)
