package claims

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind says what a token is made of.
type tokKind int

const (
	tWord  tokKind = iota // letters, with inner apostrophes ("Russia's")
	tNum                  // digits, with thousands commas and a decimal part
	tMixed                // letters and digits together ("1st", "G7", "5m")
	tSym                  // any other single character
)

// token is one piece of a sentence with its byte span.
type token struct {
	text       string
	lower      string
	kind       tokKind
	start, end int
	// spaceBefore says whether whitespace precedes the token; a hyphen
	// between two numbers with no spaces makes a range, "AR-15" an id.
	spaceBefore bool
}

// capitalised reports whether a word token starts with an upper-case letter.
func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.kind == tWord && unicode.IsUpper(r)
}

// is reports whether the token's lower-case text is one of words.
func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// tokenize splits s into word, number, mixed and symbol tokens.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5), s) // news averages a token per five or six bytes
}

// appendTokens appends the tokens of s to toks; readers pass a buffer they
// reuse from sentence to sentence.
func appendTokens(toks []token, s string) []token {
	return appendTokensLower(toks, s, lowerASCII(s))
}

// appendTokensLower is appendTokens with lowerASCII(s) given, for a reader
// that also wants the lowered text for itself.
func appendTokensLower(toks []token, s, lower string) []token {
	space := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of news, without decoding a rune or asking the
			// unicode tables: the cases below, byte by byte
			// (TestTokenizeMatchesRunes).
			switch {
			case asciiSpace[c]:
				space = true
				i++
				continue
			case asciiAlnum[c]:
				j := scanAlnum(s, i)
				toks = append(toks, newToken(s, lower, i, j, space))
				i = j
			default:
				toks = append(toks, token{text: s[i : i+1], lower: s[i : i+1], kind: tSym, start: i, end: i + 1, spaceBefore: space})
				i++
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanAlnum(s, i)
			toks = append(toks, newToken(s, lower, i, j, space))
			i = j
		default:
			toks = append(toks, token{text: s[i : i+size], lower: s[i : i+size], kind: tSym, start: i, end: i + size, spaceBefore: space})
			i += size
		}
		space = false
	}
	return toks
}

// scanAlnum returns the end of the letter/digit run starting at i. Commas
// and periods stay inside a number when digits follow them ("6,000",
// "1.5"); apostrophes stay inside a word when letters follow ("Russia's").
func scanAlnum(s string, i int) int { return scanAlnumFrom(s, i, true) }

// scanAlnumFrom is scanAlnum; with ascii set it steps over ASCII letters
// and digits, most of a run, and stops at any other ASCII byte but a comma,
// period or apostrophe, without decoding them (TestTokenizeMatchesRunes
// holds that to the run scanned rune by rune, ascii unset).
func scanAlnumFrom(s string, i int, ascii bool) int {
	j := i
	for j < len(s) {
		if ascii && asciiAlnum[s[j]] {
			j++
			continue
		}
		if c := s[j]; ascii && c < utf8.RuneSelf && c != ',' && c != '.' && c != '\'' {
			break // no other ASCII byte continues a run: the space after most words
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(s[j+size:])
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		if (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
			j += size + nsize
			continue
		}
		if r == ',' && mayBeSpacedThousands(s[j:]) && spacedThousands.MatchString(s[j:]) && isDigits(s[i:j]) {
			j += len(", 000")
			continue
		}
		if (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next) {
			j += size + nsize
			continue
		}
		break
	}
	return j
}

// asciiAlnum says which bytes are ASCII letters or digits, the bytes below
// utf8.RuneSelf that unicode.IsLetter or unicode.IsDigit accepts.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// asciiSpace says which bytes below utf8.RuneSelf unicode.IsSpace accepts.
var asciiSpace = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// spacedThousands matches a thousands group that detokenised text split
// off with a space: "2, 000 people" (ECB+).
var spacedThousands = regexp.MustCompile(`^, \d{3}\b`)

// mayBeSpacedThousands is false where spacedThousands cannot match: it
// needs a comma, a space and a digit. A comma ends most clauses, and the
// regular expression cost more than the rest of the scan at each.
func mayBeSpacedThousands(s string) bool {
	return len(s) >= len(", 000") && s[0] == ',' && s[1] == ' ' && '0' <= s[2] && s[2] <= '9'
}

// isDigits reports whether s is one to three digits or already has
// thousands groups, so "2, 000" joins but "in 1999, 000" does not.
func isDigits(s string) bool {
	for _, part := range strings.Split(s, ",") {
		for _, r := range strings.TrimSpace(part) {
			if !unicode.IsDigit(r) {
				return false
			}
		}
	}
	first, _, _ := strings.Cut(s, ",")
	return len(first) >= 1 && len(first) <= 3
}

// newToken makes the token s[i:j]; lower is s with its ASCII capitals
// lowered (lowerASCII), which gives an ASCII token its lower-case form
// without a string of its own.
func newToken(s, lower string, i, j int, space bool) token {
	text := s[i:j]
	kind, ascii := alnumKind(text)
	low := lower[i:j]
	if !ascii { // curly apostrophes read as straight ones: "Russia’s" is "russia's"
		low = strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	}
	return token{text: text, lower: low, kind: kind, start: i, end: j, spaceBefore: space}
}

// lowerASCII returns s with its ASCII capitals lowered and every other
// byte kept, so offsets into s index it too; s itself when it has none.
func lowerASCII(s string) string {
	lower, _ := lowerASCIIOf(s)
	return lower
}

// lowerASCIIOf is lowerASCII, and also reports whether s is all ASCII: then
// the result is strings.ToLower(s), and the reader's cues need not lower
// the sentence again.
func lowerASCIIOf(s string) (lower string, ascii bool) {
	var high byte // the bits of every byte or'ed: ASCII while below utf8.RuneSelf
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		high |= s[i]
		i++
	}
	if i == len(s) {
		return s, high < utf8.RuneSelf
	}
	// Lowered in place in a copy that becomes the string, as
	// strings.Builder does, without its check of room at every byte.
	b := []byte(s)
	for ; i < len(b); i++ {
		c := b[i]
		high |= c
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), high < utf8.RuneSelf
}

// alnumKind says whether a letter/digit run is a word, a number or mixed,
// and whether it is ASCII; ASCII runs, most of news, are classified byte
// by byte.
func alnumKind(text string) (kind tokKind, ascii bool) {
	var seen byte // the byteClass bits of every byte or'ed, without a branch a byte
	for i := 0; i < len(text); i++ {
		seen |= byteClass[text[i]]
	}
	if seen&classHigh != 0 {
		return runeKind(text), false
	}
	return kindOf(seen&classLetter != 0, seen&classDigit != 0), true
}

// byteClass says of each byte whether it is an ASCII letter, an ASCII
// digit or not ASCII, for alnumKind.
var byteClass = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case c >= '0' && c <= '9':
			t[c] = classDigit
		case isASCIILetter(byte(c)):
			t[c] = classLetter
		}
	}
	return t
}()

const (
	classLetter = 1 << iota
	classDigit
	classHigh
)

// runeKind is alnumKind for text that is not ASCII.
func runeKind(text string) tokKind {
	letters, digits := false, false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		}
	}
	return kindOf(letters, digits)
}

func kindOf(letters, digits bool) tokKind {
	switch {
	case digits && letters:
		return tMixed
	case digits:
		return tNum
	}
	return tWord
}
