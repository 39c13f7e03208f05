//go:build !purego

package extract

// textLowerBlocks writes s with its ASCII capitals lowered to dst, which
// holds len(s) bytes, for len(s) of 16 or more, in assembly
// (textlower_amd64.s): SSE2 lowers sixteen bytes in seven instructions,
// where the word form (textLowerIntoWords) took some 20 for eight
// (TestTextLowerIntoMatchesPlain).
//
//go:noescape
func textLowerBlocks(dst *byte, s string)
