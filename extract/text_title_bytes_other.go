//go:build !amd64 || purego

package extract

// textHoldsBytesBlocks is textHoldsBytes of s: the plain loop where there
// is no assembly for it.
func textHoldsBytesBlocks(s string, a, b byte) uint8 {
	return textHoldsBytesPlain(s, a, b)
}
