//go:build !amd64 || purego

package textnorm

// gluedMarkBlocks is the first i in s's sixteen-byte blocks
// (gluedMarkTail) where s[i] is an end mark and s[i+1] is not a space,
// or -1: the plain loop where there is no assembly for it.
func gluedMarkBlocks(s string) int {
	return gluedMarkFrom(s[:min(len(s), gluedMarkTail(len(s))+1)], 0)
}
