//go:build !purego

package extract

// textHoldsBytesBlocks is textHoldsBytes of s for len(s) >= 16, in
// assembly (text_title_bytes_amd64.s): SSE2 compares sixteen bytes with
// both at once (TestTextHoldsBytesMatchesPlain).
//
//go:noescape
func textHoldsBytesBlocks(s string, a, b byte) uint8
