//go:build !amd64 || purego

package extract

// asciiPrefix is the count of b's leading ASCII bytes: the word form
// where there is no assembly for it.
func asciiPrefix(b []byte) int { return asciiPrefixGo(b) }

// controlCount counts b's control bytes (controlBytes): the word form
// where there is no assembly for it.
func controlCount(b []byte) int { return controlCountGo(b) }
