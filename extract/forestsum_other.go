//go:build !amd64 || purego

package extract

// forestSum adds to z, tree by tree in order, the leaf g reaches in each
// of trees: the Go walk (forestSumGo) where there is no assembly for it.
func forestSum(trees []*forestStep, g *[forestFeatures]float64, z float64) float64 {
	return forestSumGo(trees, g, z)
}
