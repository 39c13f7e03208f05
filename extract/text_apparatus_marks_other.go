//go:build !amd64 || purego

package extract

// textTailMarksBlocks is textCaptionTailMarks's marks of s: the plain
// loop where there is no assembly for it.
func textTailMarksBlocks(s string) uint8 {
	return textTailMarksPlain(s)
}

// textTailMarksShort is textCaptionTailMarks's marks of s shorter than
// seventeen bytes: the plain loop where there is no assembly.
func textTailMarksShort(s string) uint8 {
	return textTailMarksPlain(s)
}
