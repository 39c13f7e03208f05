//go:build !amd64 || purego

package extract

func forestLooks(trees []*forestStep, g *[forestFeatures]float64, at []float64, z, under, over float64) (sum float64, fours, verdict int) {
	return forestLooksGo(trees, g, at, z, under, over)
}
