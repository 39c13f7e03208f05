package textnorm

import "unicode/utf8"

// EachWordSpan calls fn with each \w+ token of s, as EachWord gives it,
// and the byte offsets [start, end) of the token in s, so a caller can map
// matches back to the original text.
func EachWordSpan(s string, fn func(w string, start, end int)) {
	start := -1
	lower := true
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
				lower = true
			}
			if r >= utf8.RuneSelf || ('A' <= r && r <= 'Z') {
				lower = false
			}
			continue
		}
		if start >= 0 {
			a := start
			emit(s[start:i], lower, func(w string) { fn(w, a, i) })
			start = -1
		}
	}
	if start >= 0 {
		emit(s[start:], lower, func(w string) { fn(w, start, len(s)) })
	}
}
