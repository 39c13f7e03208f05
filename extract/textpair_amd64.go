//go:build !purego

package extract

// textIndexPairBlocks is the first i in s's sixteen-byte blocks
// (textPairTail) where s[i] is b and s[i-1] is a, or -1, in assembly
// (textpair_amd64.s): SSE2 compares sixteen places at once, where Go's
// plain loop reads a byte a step (TestTextIndexPairMatchesPlain).
//
//go:noescape
func textIndexPairBlocks(s string, a, b byte) int
