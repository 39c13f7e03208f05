package extract

import "strings"

// textCopyrightMatch is what textCopyrightRE.FindStringSubmatch(s) gives
// (the expression stays in text_publisher_gates_test.go as the reference):
//
//	^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:-\s*(?:19|20)\d\d\s*)?([A-Z][\w.&' -]{1,60}?)[\s.,]*(?:all rights reserved.*)?$
//
// read by hand (textCopyrightName): its 42 runs on 100 wcxb-dev flat
// pages, every line textFindPublisher's gates let through, were 1.0 M of
// their 465 M instructions. A text opening otherwise ("Copyright", or a
// source line ending " ago") is turned away first.
func textCopyrightMatch(s string) []string {
	if !strings.HasPrefix(s, "©") && !strings.HasPrefix(s, "(c)") && !strings.HasPrefix(s, "copyright") {
		return nil
	}
	name, ok := textCopyrightName(s)
	if !ok {
		return nil
	}
	return []string{s, name}
}

// textCopyrightName reads a copyright line as the expression does. Each
// optional part before the name is taken where it is there: the name
// opens with a capital, which none of them can, so leaving one out never
// lets the line match. The name is then the shortest run of two to 61
// bytes, a capital then [\w.&' -], that the line's end follows: only
// spaces, full stops and commas, then nothing or "all rights reserved"
// and the rest of one line.
func textCopyrightName(s string) (string, bool) {
	i := len("copyright")
	switch {
	case strings.HasPrefix(s, "©"):
		i = len("©")
	case strings.HasPrefix(s, "(c)"):
		i = len("(c)")
	case !strings.HasPrefix(s, "copyright"):
		return "", false
	}
	i = textSkipRESpace(s, i)
	if strings.HasPrefix(s[i:], "©") {
		i = textSkipRESpace(s, i+len("©"))
	}
	if i+4 <= len(s) && textYearAt(s, i) {
		i = textSkipRESpace(s, i+4)
	}
	if i < len(s) && s[i] == '-' {
		if j := textSkipRESpace(s, i+1); j+4 <= len(s) && textYearAt(s, j) {
			i = textSkipRESpace(s, j+4)
		}
	}
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return "", false
	}
	for e := i + 1; e < len(s) && e-i <= 60 && textCopyrightNameByte(s[e]); e++ {
		if textCopyrightEnd(s[e+1:]) {
			return s[i : e+1], true
		}
	}
	return "", false
}

// textSkipRESpace is the index of the first byte of s from i on that is
// not white space as an expression's \s reads it (isASCIISpace).
func textSkipRESpace(s string, i int) int {
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	return i
}

// textCopyrightNameByte reports whether c is in the name's [\w.&' -].
func textCopyrightNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigitByte(c) || strings.IndexByte("_.&' -", c) >= 0
}

// textCopyrightEnd reports whether rest, what follows a name, matches
// [\s.,]*(?:all rights reserved.*)?$: "." stops at a line break.
func textCopyrightEnd(rest string) bool {
	k := 0
	for k < len(rest) && (isASCIISpace(rest[k]) || rest[k] == '.' || rest[k] == ',') {
		k++
	}
	rest = rest[k:]
	if rest == "" {
		return true
	}
	after, ok := strings.CutPrefix(rest, "all rights reserved")
	return ok && strings.IndexByte(after, '\n') < 0
}
