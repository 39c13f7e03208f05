//go:build !amd64 || purego

package extract

func forestLooks(walk []*forestStep, g *[forestFeatures]float64, r *forestRun, under, over float64) (verdict int) {
	return forestLooksGo(walk, g, r, under, over)
}

func forestStartLooks(bw *forestBoundWalk, bounds [][]float64, walk []*forestStep, g *[forestFeatures]float64, r *forestRun, under, over float64) (verdict, leaf int) {
	return forestStartLooksGo(bw, bounds, walk, g, r, under, over)
}
