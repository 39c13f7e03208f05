package extract

import (
	"strings"
	"unicode"
)

// A byline flattened to a name with its credentials set twice under the
// headline ("How Rates Rose" / "Ann Roe, MS, RD" / "Ann Roe, MS, RD" /
// "Published Jun 4, 2025"): the avatar's caption over the name's link,
// as textNameTwice reads a bare name, but past nameLike's four words.
// It is given after the body (textMeta.boxAuthor), since the body's
// author-aware steps, fed this name, drop a reader's comment that names
// the writer on a page whose gold keeps it.

// textCredsMax is the most capitals a credential has ("MS", "FAND");
// textCredsMost how many a name carries.
const textCredsMax, textCredsMost = 5, 4

// textCredNameTwice is the first name with credentials (textCredName)
// set on two lines in a row within textBareReach lines under the
// headline at at, under textNameTwice's tests (textLineTwice).
func textCredNameTwice(blocks []textBlock, at int) string {
	return textLineTwice(blocks, at, func(i int) bool {
		return blocks[i].text == blocks[i+1].text && textCredName(blocks[i].text, blocks)
	})
}

// textCredName reports whether t is a plain name (textPlainName, no
// word the page writes in lower case) followed, after commas, by one to
// textCredsMost credentials: "Ann Roe, MS, RD, LD".
func textCredName(t string, blocks []textBlock) bool {
	return textCredNameOf(t, blocks, textCredential)
}

// textCredNameOf is textCredName with its test of a credential, cred:
// textCredential, or one that also takes a specialty after it
// (textQualifiedCredential, text_byline_credlist.go).
func textCredNameOf(t string, blocks []textBlock, cred func(string) bool) bool {
	parts := strings.Split(t, ", ")
	if len(parts) < 2 || len(parts) > textCredsMost+1 {
		return false
	}
	name := parts[0]
	if !textPlainName(name) || strings.ContainsAny(name, ":,") || textMenuWords(name, blocks) {
		return false
	}
	for _, c := range parts[1:] {
		if !cred(c) {
			return false
		}
	}
	return true
}

// textCredential reports a degree's or a board's letters: two to
// textCredsMax capitals ("RD", "FAND"), dots allowed ("M.S."), no other
// sign. "PhD" is no credential here: mixed case is a word's ("Vegan").
func textCredential(c string) bool {
	n := 0
	for _, r := range c {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= textCredsMax
}
