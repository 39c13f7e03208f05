//go:build !amd64 || purego

package extract

import "unsafe"

// textLowerBlocks writes s with its ASCII capitals lowered to dst, which
// holds len(s) bytes: the word form where there is no assembly for it.
func textLowerBlocks(dst *byte, s string) {
	textLowerIntoWords(unsafe.Slice(dst, len(s)), s)
}
