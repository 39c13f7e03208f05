package extract

import "slices"

// textLineLead returns s's lead: its first ASCII letter, figure or '_'
// and the bytes after it, at most four, ASCII capitals lower-cased, packed
// as textLeadKey packs them, and how many bytes it holds (0 when s has no
// opener). low is s's start lower-cased (textLowerPrefix), where the
// four bytes are read as one number when they lie in it.
//
// The appeals' leads are three bytes and the forms' four, and a line
// opening with i, p, s or t is asked for both: each test found the opener
// and packed the bytes byte by byte again (textOpensLead, now the plain
// form in text_promolead_test.go, 0.90 M instructions in 5,222 calls on
// 100 wcxb-dev flat pages, fiftieth session). A three-byte lead is the
// four-byte one's low three bytes (textLeadIn).
func textLineLead(s, low string) (key uint32, n int) {
	for i := range len(s) {
		if c := s[i] | 0x20; !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_') {
			continue
		}
		if i+4 <= len(low) {
			w := low[i : i+4]
			return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24, 4
		}
		n = min(len(s)-i, 4)
		return textLeadKey(s[i : i+n]), n
	}
	return 0, 0
}

// textLeadIn reports whether the n-byte lead of a line whose lead
// (textLineLead) is key, of have bytes, is one of keys (textLeadKeys). A
// line with fewer than n bytes from its opener has none: every lead is
// whole ASCII, so none ends past the line.
func textLeadIn(key uint32, have int, keys []uint32, n int) bool {
	return have >= n && slices.Contains(keys, key&(1<<(8*n)-1))
}
