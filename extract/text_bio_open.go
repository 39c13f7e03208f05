package extract

import (
	"unicode"
	"unicode/utf8"
)

// textBioOpens reports whether textBioOpenRE matches s, read by hand: the
// expression, run on some 110 lines of 100 long wcxb-dev flat pages that
// pass textMayOpenBio and textMayNameBioVerb, cost 0.9 of its 4.8 million
// instructions in the regexp engine there. It has few choices to try:
//   - a name word is a capital and a run of [\w.'’-] that only a comma or
//     a space may end, and neither is in that run, so each word is its
//     whole run and the name's ends are the ends of its first to fourth
//     words (textBioNameEnd);
//   - after a name's end and its optional comma stands " verb" or
//     " [\p{Lu},. ]+,? verb"; the group's class holds the space and the
//     comma, and no verb opens with a byte of it, so both forms are one:
//     from that space the longest run of the class, whose last byte is a
//     space that is not its second, and a verb and a word boundary after it
//     (textBioVerbAt).
//
// The expression stays as the plain form TestTextBioOpensMatchesRE holds
// this to.
func textBioOpens(s string) bool {
	i := 0
	if s != "" && (s[0] == '(' || s[0] == '*') {
		i = 1
	}
	for range 4 {
		e := textBioNameEnd(s, i)
		if e < 0 {
			return false
		}
		if textBioVerbAt(s, e) || e < len(s) && s[e] == ',' && textBioVerbAt(s, e+1) {
			return true
		}
		if e >= len(s) || s[e] != ' ' {
			return false
		}
		i = e + 1
	}
	return false
}

// textBioNameEnd returns the end of the name word opening at s[i:], a
// capital and the run of [\w.'’-] after it, or -1 if no capital opens it.
func textBioNameEnd(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return -1
	}
	i += n
	for i < len(s) {
		c := s[i]
		switch {
		case textIsWordByte(c) || c == '.' || c == '\'' || c == '-':
			i++
		case c == 0xe2 && len(s) >= i+3 && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			i += 3
		default:
			return i
		}
	}
	return i
}

// textBioVerbAt reports whether " verb" or " [\p{Lu},. ]+,? verb" opens
// s[p:], the verb one of textBioOpenRE's and a word boundary after it.
func textBioVerbAt(s string, p int) bool {
	if p >= len(s) || s[p] != ' ' {
		return false
	}
	r := p + 1
	for r < len(s) {
		c := s[r]
		if c == ' ' || c == ',' || c == '.' || 'A' <= c && c <= 'Z' {
			r++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		u, n := utf8.DecodeRuneInString(s[r:])
		if !unicode.IsUpper(u) {
			break
		}
		r += n
	}
	if s[r-1] != ' ' || r == p+2 {
		return false
	}
	return textBioVerbWord(s[r:])
}

// textBioVerbWord reports whether one of textBioOpenRE's verbs opens s and
// no ASCII word byte follows it (the expression's \b; "has been" is "has"
// and a space).
func textBioVerbWord(s string) bool {
	for _, v := range textBioVerbs {
		if len(s) >= len(v) && s[:len(v)] == v && (len(s) == len(v) || !textIsWordByte(s[len(v)])) {
			return true
		}
	}
	return false
}
