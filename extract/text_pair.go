package extract

// textIndexPair is the index of the first b in s that follows an a, or
// -1: the search for "http" by its "tp" and for "www." by its "w."
// (textIndexAfter) and for a detached comma by its " ," (textMayDetach).
// Searching for the last byte alone (strings.IndexByte) restarted its
// vector search at every 'p', full stop and comma of the prose, some 70
// instructions each; the pair is rare, and the assembly
// (textIndexPairBlocks) compares sixteen-byte blocks, two a step while
// two fit, the bytes past its last whole block read here one by one.
func textIndexPair(s string, a, b byte) int {
	if i := textIndexPairBlocks(s, a, b); i >= 0 {
		return i
	}
	return textIndexPairFrom(s, a, b, max(1, textPairTail(len(s))))
}

// textPairTail is the first place of s, n bytes long, past the sixteen-byte
// blocks textIndexPairBlocks searches: the places 1 to 16, 17 to 32 and
// on, while a block's sixteen bytes lie in s.
func textPairTail(n int) int {
	if n < 17 {
		return 0
	}
	return 1 + (n-1)/16*16
}

// textIndexPairFrom is the plain search textIndexPair makes fast: the
// first i at or after from (at least 1) where s[i] is b and s[i-1] is a,
// or -1.
func textIndexPairFrom(s string, a, b byte, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == b && s[i-1] == a {
			return i
		}
	}
	return -1
}
