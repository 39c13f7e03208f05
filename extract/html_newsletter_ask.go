package extract

import "unicode/utf8"

// newsletterAskMatch reports newsletterAskRE.MatchString(s), read by
// hand. The expression's second start, a sentence's end anywhere, leaves
// it unanchored, so the backtracker tried both starts at every byte: some
// 84 thousand instructions a line on the four lines of 100 long wcxb-dev
// flat pages that pass newsletterAskPieces (0.34 M; fifty-second
// session). Its starts are few. The first is the line's start, where \W*
// may stop before any rune of its run, so each place up to the run's end
// is tried; folding case, the expression's \W is the negation of \w
// folded, which holds the long s (ſ) and the Kelvin sign, so either ends
// the run as a word byte does (and ſ may open "ſign up"); the second
// follows each '.', '!', '?' or ':' and its \s run, taken whole (a verb
// cannot open on a space). The words fold case as the expression does:
// ASCII letters either way and the long s for "s" (no word holds a "k",
// the other letter with a fold past ASCII); each ends in an ASCII
// letter, so \b after it wants no word byte next.
// TestNewsletterAskMatchesRE holds it to the expression.
func newsletterAskMatch(s string) bool {
	for q := 0; ; {
		if newsletterAskAt(s, q, true) {
			return true
		}
		if q == len(s) || textIsWordByte(s[q]) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[q:])
		if r == 'ſ' || r == '\u212a' {
			break
		}
		q += n
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ':':
			if j := perlSpacesEnd(s, i+1); j > i+1 && newsletterAskAt(s, j, false) {
				return true
			}
		}
	}
	return false
}

// newsletterAskOpeners are the words newsletterAskRE allows before its
// verb at the line's start.
var newsletterAskOpeners = [...]string{"just ", "please "}

// newsletterAskVerbs are newsletterAskRE's verbs.
var newsletterAskVerbs = [...]string{"sign up", "subscribe", "join"}

// newsletterAskAt reports one of newsletterAskVerbs at i in some case,
// with no word byte after it; at the line's start (opening) one of
// newsletterAskOpeners may stand before it.
func newsletterAskAt(s string, i int, opening bool) bool {
	if opening {
		for _, w := range newsletterAskOpeners {
			if j := foldedOpeningEnd(s, i, w); j >= 0 && newsletterAskAt(s, j, false) {
				return true
			}
		}
	}
	for _, w := range newsletterAskVerbs {
		if j := foldedOpeningEnd(s, i, w); j >= 0 && !(j < len(s) && textIsWordByte(s[j])) {
			return true
		}
	}
	return false
}

// perlSpacesEnd returns the end of the run from i of what \s matches:
// space, \t, \n, \f and \r (not \v).
func perlSpacesEnd(s string, i int) int {
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	return i
}
