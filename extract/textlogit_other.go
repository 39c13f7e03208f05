//go:build !amd64 || purego

package extract

// textLogit is the model's log-odds that a block belongs to the article
// (textLogitGo).
func textLogit(f *[textNumFeatures]float64, w *[textNumFeatures]float64) float64 {
	return textLogitGo(f, w)
}
