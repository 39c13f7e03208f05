package extract

import "strings"

// An author box flattened into one line, the name, a colon and the bio
// ("David Gracey: Since its founding in 1998, David has grown …", under
// a post's links to the next and the last): textNameOverBio reads the
// name on a line of its own over the bio, which opens with the name.

// textColonBioMost is the longest name, in bytes, read before the colon.
const textColonBioMost = 40

// textNameColonBio is the one name (textSoleName) of a block from the
// body's first on that opens with a plain name in words the page does
// not write in lower case, a colon and a bio that reads as the name's
// (textIsColonBio), or "".
func textNameColonBio(blocks []textBlock, first int) string {
	return textSoleName(blocks, max(first, 0), textColonBioName)
}

// textColonBioName is textColonBioRead's name for block i of a block
// that holds ": " (the reader's b.colon), else "": the search for the
// colon in each of the 10,326 blocks from the body's first on over 100
// wcxb-dev flat pages was 0.84 M instructions, most of it over blocks
// with none (forty-seventh session; TestTextColonBioNameMatchesRead
// holds the flag to the search).
func textColonBioName(b []textBlock, i int) string {
	if !b[i].colon {
		return ""
	}
	return textColonBioRead(b, i)
}

// textColonBioRead is the plain name before the colon that opens block i
// when the bio after it is the name's, or "".
func textColonBioRead(b []textBlock, i int) string {
	name, bio, ok := textCutNameColon(b[i].text)
	// The bio's test first and the menu's last: textMenuWords
	// searches the whole page, and asked of every plain name before
	// a colon it was 63.3 M of 486.5 M instructions over 100
	// wcxb-dev flat pages; the bio naming the name and "he" or "she"
	// leaves almost none to ask.
	if !ok || len(name) > textColonBioMost || !textIsColonBio(name, bio) {
		return ""
	}
	if !textPlainName(name) || textOddNameWords(name) || textMenuWords(name, b) {
		return ""
	}
	return name
}

// textIsColonBio reports whether bio, after name and a colon, is the
// name's: the first name among its first textBioNameReach bytes and "he"
// or "she" in its first textBioPronounReach (textHasBioPronoun), as
// textNameOverBio reads a bio that opens with the name.
func textIsColonBio(name, bio string) bool {
	given, _, _ := strings.Cut(name, " ")
	return textHasWordSpace(bio[:min(len(bio), textBioNameReach)], given) && textHasBioPronoun(bio[:min(len(bio), textBioPronounReach)])
}

// textHasWordSpace is strings.Contains(s, w+" ") without joining w and
// the space: the join cost some 220 instructions a call over the 764
// names before a colon of 100 wcxb-dev flat pages (forty-sixth session).
// Each occurrence of w is tried in turn, overlapping ones too.
// TestTextHasWordSpaceMatchesPlain holds it to the plain form.
func textHasWordSpace(s, w string) bool {
	for at := 0; at+len(w) < len(s); at++ {
		k := strings.Index(s[at:], w)
		if k < 0 {
			return false
		}
		if at += k; at+len(w) < len(s) && s[at+len(w)] == ' ' {
			return true
		}
	}
	return false
}

// textCutNameColon is s cut at its first ": " when no more than
// textColonBioMost bytes come before it (the longest name
// textNameColonBio reads), or ok false. Only the name's reach is
// searched: cutting every block from the body's first on at ": " was
// 1.24 M of 422.3 M instructions over 100 wcxb-dev flat pages
// (TestTextCutNameColon holds it to the whole block's cut).
func textCutNameColon(s string) (name, bio string, ok bool) {
	head := s[:min(len(s), textColonBioMost+len(": "))]
	for k := 0; k+1 < len(head); k++ {
		i := strings.IndexByte(head[k:len(head)-1], ':') // a colon by IndexByte: Index's search of ": " cost as much as the cut
		if i < 0 {
			break
		}
		if k += i; head[k+1] == ' ' {
			return s[:k], s[k+len(": "):], true
		}
	}
	return "", "", false
}
