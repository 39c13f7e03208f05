//go:build !amd64 || purego

package extract

// textIndexPairBlocks is the first i in s's sixteen-byte blocks
// (textPairTail) where s[i] is b and s[i-1] is a, or -1: the plain loop
// where there is no assembly for it.
func textIndexPairBlocks(s string, a, b byte) int {
	return textIndexPairFrom(s[:textPairTail(len(s))], a, b, 1)
}
