package extract

// Eight bytes at a time: the scans of every page's bytes (decoding,
// sentence marks, capitals, digits) test a word of eight bytes at once and
// look at single bytes only where the word holds what they seek. Each
// helper works on bytes without their high bit or says how it treats
// those; a borrow or carry never crosses into the next byte's flag below
// the lowest byte flagged.

const ones8, highs8 = 0x0101010101010101, 0x8080808080808080

// load8 reads s[i:i+8] as a little-endian word: s[i] is its lowest byte.
// The eight bytes are cut first, so that one bounds check covers them and
// the compiler reads them with one load; indexed from i, each byte had a
// check and a load of its own, some 28 instructions a word (18 M of 100
// wcxb-dev flat pages' 722 M).
func load8(s string, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// below8 is non-zero when a byte of x is under c (c ≤ 0x80), and then
// flags the lowest such byte exactly (bytes above it may be flagged
// falsely): the subtraction borrows into its high bit.
func below8(x uint64, c byte) uint64 { return (x - ones8*uint64(c)) &^ x & highs8 }

// equal8 is non-zero when a byte of x equals c (the lowest flagged
// exactly, as below8).
func equal8(x uint64, c byte) uint64 { return below8(x^ones8*uint64(c), 1) }

// inRange8 flags, exactly, each byte of x in [lo, hi], for x whose bytes
// are all ASCII: adding 0x80-lo sets a byte's high bit from lo on, adding
// 0x80-hi-1 from past hi, and neither sum carries into the next byte.
func inRange8(x uint64, lo, hi byte) uint64 {
	return (x + ones8*uint64(0x80-lo)) &^ (x + ones8*uint64(0x80-hi-1)) & highs8
}
