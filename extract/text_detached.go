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

// textDetachedSpaces are the openings of the marks textDetachedMark
// reads, with the space before them.
var textDetachedSpaces = [...]string{" ,", " '", " ’", " n't"}

// textDetachedAt returns the index of the first space in s at or after
// from that stands between a word and a detached "'s", "’s", "n't" or
// ",", or -1. It searches for each mark with its space rather than
// stopping at every space: most lines hold none, and a search for a short
// string passes over them many bytes at a time.
func textDetachedAt(s string, from int) int {
	best := -1
	for _, p := range textDetachedSpaces {
		for k := from; k < len(s); {
			j := strings.Index(s[k:], p)
			if j < 0 {
				break
			}
			j += k
			if best >= 0 && j >= best {
				break
			}
			if j > 0 && textDetachedMark(s[j+1:]) && textWordEnd(s[:j]) {
				best = j
				break
			}
			k = j + 1
		}
	}
	return best
}

// textDetachedMark reports whether rest opens with a mark no author sets
// apart: a comma ending a clause, or "'s", "’s" or "n't" ending a word.
func textDetachedMark(rest string) bool {
	var tail string
	switch {
	case rest[0] == ',':
		// followed by a space or the line's end: ",000" after a space
		// is a number's part, not a detached comma
		return len(rest) == 1 || rest[1] == ' '

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
// on with the sentence before it, prev: line's first detached mark comes
// within its first textLinkWords words and a lower-case word follows it,
// and prev has at least textLinkWords+1 words. Both sides must read as
// running prose: flattened shop pages write "Product name" / "Now $79.99 ,
// discount of 43%" and "Verified purchase" / "Yes , I recommend this", and
// address blocks "Sweetwater Sound , 5501 U.S. Hwy 30 W".
func textLinkRunOn(prev, line string) bool {
	i := textDetachedAt(line, 0)
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
	i := textDetachedAt(s, 0)
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
