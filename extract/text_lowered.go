package extract

import "strings"

// textLowerRoom is the length of a word lowered on the stack
// (textAppendToLower into an array of it): Go converts a byte slice of up
// to 32 bytes to a string that does not escape (a map key, a comparison,
// a switch, an argument that is not kept) without allocating.
const textLowerRoom = 32

// textAppendToLower appends strings.ToLower(s) to buf. An ASCII s is
// lowered byte by byte (textAppendLower), which is what strings.ToLower
// does to it; any other goes through strings.ToLower. With buf an array
// on the caller's stack, a word looked up lowered (set[string(low)])
// builds no string: strings.ToLower made a new one for each capitalised
// word, some 60 of a flattened page's 210 allocations (docs/quality.md,
// "Flat-text allocations", thirty-eighth session).
func textAppendToLower(buf []byte, s string) []byte {
	if textIsASCII(s) {
		return textAppendLower(buf, s)
	}
	return append(buf, strings.ToLower(s)...)
}

// textLowerIn reports whether set holds w lowered: set[strings.ToLower(w)]
// without the string.
func textLowerIn(set map[string]bool, w string) bool {
	var room [textLowerRoom]byte
	return set[string(textAppendToLower(room[:0], w))]
}
