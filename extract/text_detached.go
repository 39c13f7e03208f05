package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some scrapers write a link's text apart from the words around it: a
// line break before the link and a space after it. Seed 001 reads
// "The estimates underline North Korean leader" / "Kim Jong-un 's role as
// Russian President" / "Vladimir Putin 's key ally in a war now in its
// fourth year." and "in support of Moscow's" / "war on Ukraine , according
// to". No author puts a space before a possessive, a contraction's "n't"
// or a comma, so such a space marks the end of a link: the line it opens
// goes on with the sentence above, and the space itself is dropped.

// textLinkWords is how far into a line a detached mark still says that
// the line opens with a link's text: names and short phrases are linked,
// and a mark further in is another link inside the line.
const textLinkWords = 5

// textDetachedAt returns the index of the first space in s at or after
// from that stands between a word and a detached "'s", "’s", "n't" or
// ",", or -1. Every such mark holds a comma, an apostrophe or the lead
// byte of "’" (0xE2) one or two bytes after its space, and those bytes
// are rare in prose: one scan for them (textNextDetachByte), looking back
// for the space at each, replaced a search per mark, each of which
// stopped at every space, the commonest byte of a line (a tenth of a long
// flattened page's time went to it).
func textDetachedAt(s string, from int) int {
	for q := textNextDetachByte(s, from+1); q < len(s); q = textNextDetachByte(s, q+1) {
		j := q - 1 // the space before ",", "'" or "’"
		if s[q] == '\'' && s[j] == 'n' {
			j-- // " n't": the space stands before the n
		}
		if j < from || j <= 0 || s[j] != ' ' {
			continue
		}
		// a later byte's space lies no earlier than this one's (" n't"
		// reaches back two bytes, after an 'n' that is no mark byte), so
		// the first space that holds is the first in s
		if textDetachedMark(s[j+1:]) && textWordEnd(s[:j]) {
			return j
		}
	}
	return -1
}

// textMayDetach reports whether text may hold a detached mark
// (textDetachedAt): each opens with " ,", " 's", " ’s" or " n't", so a text
// without these holds none, nor does any piece of it. Of 1,497 wcxb-dev
// flat pages 75 hold one: the line reader asks once a page, with a
// vectorised search for a rare byte of each, where textDetachedAt read
// every byte of every line in eights (11.5 M of 100 flat pages' 493 M
// instructions). " 's" and " n't" share their apostrophe, sought once
// for both (docs/quality.md, "Text speed, round forty-eight"). " ," is
// sought as its two bytes (textIndexPair): the search for its comma
// alone restarted at every comma of the page, 14,700 on 100 long
// wcxb-dev flat pages (fifty-seventh session).
func textMayDetach(text string) bool {
	return textIndexPair(text, ' ', ',') >= 0 || textHolds(text, " 's", 1, " n't") ||
		textHolds(text, " ’s", len(" ’")-1, "")
}

// textHolds reports whether text holds pat, or alt when alt is not
// empty, both sought by pat's byte at, which alt must hold too (alt is
// not sought otherwise): a rare one, so that strings.IndexByte's vector
// loop passes over most of text. Each place is tested byte by byte, in a
// few instructions: strings.HasSuffix there cost more than the searches.
func textHolds(text, pat string, at int, alt string) bool {
	c := pat[at]
	altAt := strings.IndexByte(alt, c) // -1 when alt is empty
	for i := 0; ; {
		k := strings.IndexByte(text[i:], c)
		if k < 0 {
			return false
		}
		i += k // c's place in text
		if textHoldsAt(text, pat, i-at) || altAt >= 0 && textHoldsAt(text, alt, i-altAt) {
			return true
		}
		i++
	}
}

// textHoldsAt reports whether text holds pat at j, which may lie before
// text's start.
func textHoldsAt(text, pat string, j int) bool {
	if j < 0 || len(text)-j < len(pat) {
		return false
	}
	m := 0
	for m < len(pat) && text[j+m] == pat[m] {
		m++
	}
	return m == len(pat)
}

// textNextDetachByte returns the index of the first ',', '\” or 0xE2 byte
// of s at or after from, or len(s) when there is none, passing over eight
// bytes that hold none in one test.
func textNextDetachByte(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 8 {
		if x := load8(s, i); equal8(x, ',')|equal8(x, '\'')|equal8(x, 0xE2) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == ',' || c == '\'' || c == 0xE2 {
			return i
		}
	}
	return len(s)
}

// textDetachedMark reports whether rest opens with a mark no author sets
// apart: a comma ending a clause, or "'s", "’s" or "n't" ending a word.
func textDetachedMark(rest string) bool {
	var tail string
	switch {
	case rest[0] == ',':
		// followed by a space or the line's end, in a line or in the
		// whole text, where the end is any blank the line reader trims
		// (textIsBlank: ",\t" and ", " read alike): ",000" after a space
		// is a number's part, not a detached comma
		if len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n' || rest[1] == '\r' {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest[1:])
		return textIsBlank(r)

	case strings.HasPrefix(rest, "'s"):
		tail = rest[2:]
	case strings.HasPrefix(rest, "’s"):
		tail = rest[len("’s"):]
	case strings.HasPrefix(rest, "n't"):
		tail = rest[3:]
	default:
		return false
	}
	// "'sun'" opens a quotation: only a mark the word ends with counts
	r, _ := utf8.DecodeRuneInString(tail)
	return tail == "" || !unicode.IsLetter(r)
}

// textWordEnd reports whether head ends with a letter, a digit, a closing
// bracket or quote: the end of the words a detached mark belongs to, and
// not a dash or another mark.
func textWordEnd(head string) bool {
	r, _ := utf8.DecodeLastRuneInString(head)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || textIsCloseQuote(r)
}

// textLinkRunOn reports whether line opens with a link's text that goes
// on with the sentence before it, prev: line's first detached mark, at i
// (textDetachedAt), comes
// within its first textLinkWords words and a lower-case word follows it,
// and prev has at least textLinkWords+1 words. Both sides must read as
// running prose: flattened shop pages write "Product name" / "Now $79.99 ,
// discount of 43%" and "Verified purchase" / "Yes , I recommend this", and
// address blocks "Sweetwater Sound , 5501 U.S. Hwy 30 W".
func textLinkRunOn(prev, line string, i int) bool {
	if i <= 0 || strings.Count(line[:i], " ") >= textLinkWords || strings.Count(prev, " ") < textLinkWords {
		return false
	}
	rest := strings.TrimLeft(line[i+1:], ",'’snt") // the mark itself
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsLower(r)
}

// textMendDetached drops the spaces before detached marks: "Putin 's key
// ally" reads "Putin's key ally", "Ukraine , according" "Ukraine,
// according".
func textMendDetached(s string) string {
	return textMendDetachedAt(s, textDetachedAt(s, 0))
}

// textMendDetachedAt is textMendDetached for s whose first detached mark
// is at i, which the line reader has found already.
func textMendDetachedAt(s string, i int) string {
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for ; i >= 0; i = textDetachedAt(s, i+1) {
		b.WriteString(s[last:i])
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}
