package textnorm

import (
	"strings"
	"unicode/utf8"
)

// Unglue cuts a paragraph at glued sentence boundaries (see gluedAt),
// skipping those inside URLs and e-mail addresses, where "x.Y" is part of
// a name. The pieces are substrings of p. The claims' sentence splitter
// cuts every paragraph with it, and the extractor every giant line of a
// flattened page (most of a long page's prose).
//
// A hand-written scan replaces the regular expression this began as
// (gluedPattern in the claims' tests, which checks the two agree on the
// texts the claims read and on random strings): the pattern ran over
// every paragraph, most of which hold no boundary at all, and was a sixth
// of the seed ledger's cost. The scan visits only the end marks with
// no space after them (nextGluedMark).
func Unglue(p string) []string {
	return AppendUnglued(nil, p)
}

// AppendUnglued appends Unglue(p)'s pieces to pieces and returns the
// extended slice: with room the caller holds (an array on its stack), a
// paragraph without a glued boundary, most of them, costs no slice of
// its own. The extractor's flat reader cuts every long line of a page
// this way; Unglue's slice of one was some 15 of a flattened page's 210
// allocations.
func AppendUnglued(pieces []string, p string) []string {
	start := 0 // of the current piece
	from := 0  // boundaries do not overlap: none starts before the last one's end
	addr := -1 // start of the last field found to be an address
	for i := nextGluedMark(p, 0); i >= 0; i = nextGluedMark(p, i+1) {
		field := strings.LastIndexByte(p[:i], ' ') + 1 // start of the space-separated field holding p[i]
		cut, end, ok := gluedAt(p, max(field, from), i)
		if !ok || addr == field {
			continue
		}
		if isAddress(p[field:fieldEnd(p, i)]) {
			addr = field
			continue
		}
		pieces = append(pieces, p[start:cut])
		start, from = cut, end
	}
	return append(pieces, p[start:]) // p whole when no boundary was cut
}

// nextGluedMark returns the first i at or after from where p[i] is an end
// mark ('.', '!', '?') with a byte after it other than a space, or -1:
// the only marks gluedAt must read. A mark and its space, the commonest,
// has no quote nor capital glued to it, and its field is not sought
// (docs/quality.md, "Text speed, the reader", thirty-ninth session).
//
// One pass finds them, sixteen places at once (gluedMarkBlocks, in
// assembly on amd64), where three strings.IndexByte searches, one a mark,
// were re-run as each mark was passed and every mark with its space was
// visited to be skipped: 1.36 M instructions of the 1.78 M the splitter
// cost on 100 long flat pages.
func nextGluedMark(p string, from int) int {
	s := p[from:]
	if i := gluedMarkBlocks(s); i >= 0 {
		return from + i
	}
	if i := gluedMarkFrom(s, gluedMarkTail(len(s))); i >= 0 {
		return from + i
	}
	return -1
}

// gluedMarkTail is the first place of s, n bytes long, past the
// sixteen-byte blocks gluedMarkBlocks searches: the places 0 to 15, 16 to
// 31 and on, while a block's sixteen bytes and the byte after them lie
// in s.
func gluedMarkTail(n int) int {
	if n < 17 {
		return 0
	}
	return (n - 1) / 16 * 16
}

// gluedMarkFrom is the plain search nextGluedMark makes fast: the first i
// at or after from where s[i] is an end mark and s[i+1] is not a space,
// or -1.
func gluedMarkFrom(s string, from int) int {
	for i := from; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && s[i+1] != ' ' {
			return i
		}
	}
	return -1
}

// gluedAt reports whether the end mark p[i] ends a sentence glued to the
// next one, as flattened pages leave it ("region.More than", "said.”The"):
// a lower-case letter, digit, closing bracket or quote, or an acronym of
// two or more capitals, right before the mark; then an optional closing
// quote; then a capital, with an optional opening quote before it. A single capital before the
// mark is left alone so abbreviations like "U.S." survive; an acronym
// before a capitalised word is split ("the UK.North Korea"). Nothing
// before lo may be part of the boundary. cut is where the first sentence
// ends (after the mark and its closing quote), end where the boundary
// does (after the capital).
func gluedAt(p string, lo, i int) (cut, end int, ok bool) {
	if !endsSentenceWord(p, lo, i) {
		return 0, 0, false
	}
	j := i + 1
	if q := closingQuoteLen(p[j:]); q > 0 {
		if n := openingCapitalLen(p[j+q:]); n > 0 {
			return j + q, j + q + n, true
		}
	}
	if n := openingCapitalLen(p[j:]); n > 0 {
		return j, j + n, true
	}
	return 0, 0, false
}

// endsSentenceWord reports whether what precedes the mark at p[i], from
// lo on, can end a sentence: a lower-case letter, digit, closing bracket
// or quote; or two or more capitals starting a word. Word starts follow
// the ASCII rule the pattern's \b used: "éUK" starts a word at U, "1UK"
// does not.
func endsSentenceWord(p string, lo, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[lo:i])
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == ')', r == ']', r == '"', r == '”', r == '’':
		return true
	case r < 'A' || r > 'Z':
		return false
	}
	k := i
	for k > 0 && p[k-1] >= 'A' && p[k-1] <= 'Z' {
		k--
	}
	return k >= lo && i-k >= 2 && (k == 0 || !IsREWordByte(p[k-1]))
}

// IsREWordByte reports whether c is a word byte to regexp's \b and \w
// (ASCII letters, digits and '_'): the scans written in place of
// expressions (here, and the extractor's prices and consent words) hold
// to the expressions' boundaries with it.
func IsREWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// closingQuoteLen returns the byte length of the closing quote s starts
// with, or 0.
func closingQuoteLen(s string) int {
	for _, q := range []string{`"`, "'", "”", "’"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// openingCapitalLen returns the byte length of the capital, with an
// optional opening quote before it, that s starts with, or 0.
func openingCapitalLen(s string) int {
	n := 0
	for _, q := range []string{`"`, "“", "‘"} {
		if strings.HasPrefix(s, q) {
			n = len(q)
			break
		}
	}
	if n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		return n + 1
	}
	return 0
}

// fieldEnd returns the end of the space-separated field holding p[i].
func fieldEnd(p string, i int) int {
	if k := strings.IndexByte(p[i:], ' '); k >= 0 {
		return i + k
	}
	return len(p)
}

// isAddress reports a URL or e-mail address.
func isAddress(f string) bool {
	return strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(f, "www.")
}
