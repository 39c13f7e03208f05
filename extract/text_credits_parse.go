package extract

import "strings"

// The glued credit's label read by hand: the expression it replaces
// (kept in text_creditgate_test.go as textGluedCreditRE, which the tests
// hold this reader to) cost about 62,000 instructions a block over a
// block's last 80 bytes, 6 M on 100 flat pages; this reader walks the
// bytes once (docs/quality.md, "Text speed, round forty-three").

// textGluedPictureWords are the capitalised picture words a label glued
// to a word opens with ("… homes Photo Credit: …", "… Image: …").
var textGluedPictureWords = [...]string{"Photo", "Image", "Picture"}

// textGluedCreditAt finds the leftmost credit label in end as
// textGluedCreditRE reads it: the start of the credit after the label and
// its spaces, whether the label is a bare "Credit:" glued to a word, and
// whether there is one. The credit runs to end's end on one line.
func textGluedCreditAt(end string) (credit int, bare, ok bool) {
	for p := 0; p < len(end); p++ {
		at, isBare := -1, false
		switch c := end[p]; {
		case textGlueByte(c) && textMayOpenGluedLabel(end, p+1):
			at, isBare = textGluedLabelEnd(end, p+1)
		case c == '.' || c == '!' || c == '?' || c == ')':
			if q := textSkipRESpace(end, p+1); q > p+1 {
				at = textLeadLabelEnd(end, q)
			}
		}
		if at < 0 && p == 0 {
			at = textLeadLabelEnd(end, 0) // the expression's "^"
		}
		if at < 0 {
			continue
		}
		at = textSkipRESpace(end, at)
		if strings.IndexByte(end[at:], '\n') >= 0 {
			continue // the credit's ".*$" reads one line
		}
		return at, isBare, true
	}
	return 0, false, false
}

// textMayOpenGluedLabel reports whether end[i:] opens with a space and
// a capital a glued label opens with ('C', 'I' or 'P'), as every label
// textGluedLabelEnd reads does. Most words of prose end in a byte that
// may glue a label, and asking textGluedLabelEnd after each, 35 times an
// end, was half of textGluedCreditAt's 3,900 instructions a call (114
// calls on the 100 long wcxb-dev flat pages of BenchmarkTextWCXB,
// fifty-ninth session; TestTextGluedCreditAtMatchesExpression).
func textMayOpenGluedLabel(end string, i int) bool {
	if i+1 >= len(end) || end[i] != ' ' {
		return false
	}
	c := end[i+1]
	return c == 'C' || c == 'I' || c == 'P'
}

// textGluedLabelEnd is the end of a label glued to a word at end[i:]
// (a space, then "Photo:", "Image Credits:", "Picture credit:" or a
// bare "Credit:"), whether it is the bare one, or -1.
func textGluedLabelEnd(end string, i int) (int, bool) {
	rest, ok := strings.CutPrefix(end[i:], " ")
	if !ok {
		return -1, false
	}
	if after, ok := strings.CutPrefix(rest, "Credit"); ok {
		if n := textCreditColon(after); n > 0 {
			return len(end) - len(after) + n, true
		}
		return -1, false
	}
	for _, w := range textGluedPictureWords {
		after, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		if strings.HasPrefix(after, ":") {
			return len(end) - len(after) + 1, false
		}
		if n := textSpacedCreditLen(after); n > 0 {
			return len(end) - len(after) + n, false
		}
		return -1, false
	}
	return -1, false
}

// textLeadLabelEnd is the end of a label at end[i:] that names which
// picture it is ("Featured image credit:", "Hero photo by", "Cover
// image:") or "Image via", "Photo via", or -1.
func textLeadLabelEnd(end string, i int) int {
	rest := end[i:]
	for _, w := range [...]string{"Image via", "Photo via"} {
		if strings.HasPrefix(rest, w) {
			return i + len(w)
		}
	}
	for _, w := range textLeadPictureWords {
		after, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		if len(after) < 5 || !textIsPictureWord(after[:5]) {
			return -1
		}
		after = after[5:]
		switch {
		case strings.HasPrefix(after, ":"):
			return len(end) - len(after) + 1
		case strings.HasPrefix(after, " by"):
			return len(end) - len(after) + 3
		}
		if n := textSpacedCreditLen(after); n > 0 {
			return len(end) - len(after) + n
		}
		return -1
	}
	return -1
}

// textIsPictureWord reports "image" or "photo", opening in either case.
func textIsPictureWord(w string) bool {
	return w == "image" || w == "Image" || w == "photo" || w == "Photo"
}

// textSpacedCreditLen is the length of " Credit:", " credit:",
// " Credits:" or " credits:" opening s (after a picture word), or 0.
func textSpacedCreditLen(s string) int {
	if len(s) < 7 || s[0] != ' ' || s[1]|0x20 != 'c' || s[2:7] != "redit" {
		return 0
	}
	if n := textCreditColon(s[7:]); n > 0 {
		return 7 + n
	}
	return 0
}

// textCreditColon is the length of ":" or "s:" opening s (after
// "Credit"), or 0.
func textCreditColon(s string) int {
	switch {
	case strings.HasPrefix(s, ":"):
		return 1
	case strings.HasPrefix(s, "s:"):
		return 2
	}
	return 0
}
