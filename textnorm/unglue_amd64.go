//go:build !purego

package textnorm

// gluedMarkBlocks is the first i in s's sixteen-byte blocks
// (gluedMarkTail) where s[i] is an end mark and s[i+1] is not a space,
// or -1, in assembly (unglue_amd64.s): SSE2 tests sixteen places at once,
// where the plain loop reads a byte a step (TestNextGluedMarkMatchesPlain).
//
//go:noescape
func gluedMarkBlocks(s string) int
