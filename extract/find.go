package extract

import (
	"iter"
	"strings"
)

// occurrences yields the byte offset of each non-overlapping occurrence
// of sub in s, from the left; nothing for an empty sub, which would be
// found at every step.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for at := 0; ; {
			k := strings.Index(s[at:], sub)
			if k < 0 || !yield(at+k) {
				return
			}
			at += k + len(sub)
		}
	}
}
