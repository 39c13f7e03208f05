package extract

import "strings"

// textHoldsVia is strings.Contains(end, "via ") for a caption's tail
// (textCaptionPlain), which is at most textCaptionReach bytes and seldom
// holds a 'v': the tail is searched for its v's, each asked for "ia "
// after it. strings.Contains read a tail of under 64 bytes by comparing
// at every byte, some 126 instructions a tail (1.37 M of 10,880 tails of
// 100 wcxb-dev flat pages, fiftieth session); a paragraph that is no
// caption asks it after the slash and the bar. TestTextHoldsViaMatchesContains
// holds it to strings.Contains.
func textHoldsVia(end string) bool {
	for k := 0; ; {
		i := strings.IndexByte(end[k:], 'v')
		if i < 0 {
			return false
		}
		k += i + 1 // end[k-1] is a 'v'
		if strings.HasPrefix(end[k:], "ia ") {
			return true
		}
	}
}
