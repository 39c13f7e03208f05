//go:build !amd64 || purego

package extract

func forestLooks(walk []*forestStep, g *[forestFeatures]float64, r *forestRun, under, over float64) (verdict int) {
	return forestLooksGo(walk, g, r, under, over)
}

func forestStartAbove(fo *forest, fb *forestBounds, g *[forestFeatures]float64, r *forestRun, base, t float64) (above bool, leaf int) {
	return forestStartAboveGo(fo, fb, g, r, base, t)
}
