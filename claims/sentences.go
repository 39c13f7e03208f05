package claims

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/storyfold/storyfold/textnorm"
)

// Splitter cuts text into sentences. It is built once (the English
// punkt model is loaded at construction) and is safe for concurrent use.
type Splitter struct {
	tok *sentences.DefaultSentenceTokenizer
	// collocFirst holds the first words of the model's collocations: a
	// period after one of them may not end a sentence.
	collocFirst map[string]bool
}

// NewSplitter loads the English sentence model.
func NewSplitter() (*Splitter, error) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("load the English sentence model: %w", err)
	}
	first := make(map[string]bool)
	for c := range tok.Collocations {
		if w, _, ok := strings.Cut(c, ","); ok {
			first[w] = true
		}
	}
	return &Splitter{tok: tok, collocFirst: first}, nil
}

// Sentences returns the sentences of text in order. Paragraphs (blank-line
// separated) never share a sentence; line breaks inside a paragraph are
// joined, since extracted bodies and crawled text wrap lines anywhere.
// Sentences glued together by flattening ("region.More than") are cut
// apart first: the punkt model alone keeps "2022.In" together.
func (s *Splitter) Sentences(text string) []string {
	var out []string
	for _, para := range splitParagraphs(text) {
		for _, piece := range unglue(para) {
			out = s.appendSentences(out, piece)
		}
	}
	return out
}

// appendSentences appends the sentences of one single-spaced piece of
// text. The punkt model decides a period from the token before it and the
// token after it alone, and a period ending a plain word that is neither
// an abbreviation nor the first half of a collocation always ends a
// sentence; so the piece is cut there first (safeBreak) and only the
// stretches that still hold a possible sentence end go through the model,
// which is most of its cost. TestSplitterFastPath checks the result
// equals the model's on the whole piece.
func (s *Splitter) appendSentences(out []string, piece string) []string {
	start := 0
	for i := 0; i < len(piece); i++ {
		if piece[i] == '.' && s.safeBreak(piece, i) {
			out = s.appendPunkt(out, piece[start:i+1])
			start = i + 2
		}
	}
	if start < len(piece) {
		out = s.appendPunkt(out, piece[start:])
	}
	return out
}

// safeBreak reports whether the period at piece[i] certainly ends a
// sentence: it ends a word of two or more ASCII letters that follows a
// space (or starts the piece), is not one of the model's abbreviations and
// starts none of its collocations, and one space and a letter, digit,
// opening quote or bracket follow (the model reads a period before a lone
// "." as part of an ellipsis; the next word's case matters only after
// abbreviations). The quotes matter: news ends a sentence before a quote
// ("he said. “We …") often enough that without them a fifth of the text
// went through the model.
func (s *Splitter) safeBreak(piece string, i int) bool {
	if i+2 >= len(piece) || piece[i+1] != ' ' || !opensWord(piece[i+2:]) {
		return false
	}
	j := i
	for j > 0 && isASCIILetter(piece[j-1]) {
		j--
	}
	if i-j < 2 || (j > 0 && piece[j-1] != ' ') {
		return false
	}
	typ := strings.ToLower(piece[j:i])
	return !s.tok.AbbrevTypes.Has(typ) && !s.collocFirst[typ]
}

// opensWord reports whether s starts with a letter, digit, opening quote
// or bracket: the start of a word that is not a lone period.
func opensWord(s string) bool {
	c := s[0]
	switch {
	case isASCIILetter(c), c >= '0' && c <= '9', strings.IndexByte("\"'([`", c) >= 0:
		return true
	}
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘")
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// appendPunkt appends the sentences the punkt model finds in text; text
// where the model could end no sentence before the last word is one
// sentence.
func (s *Splitter) appendPunkt(out []string, text string) []string {
	if !s.mayBreakInside(text) {
		if t := strings.TrimSpace(text); t != "" {
			out = append(out, t)
		}
		return out
	}
	for _, sent := range s.tok.Tokenize(text) {
		if t := strings.TrimSpace(sent.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// mayBreakInside reports whether the model could end a sentence inside
// text (single-spaced), before its last word. Only a word the model could
// end a sentence with can do that, and the model's annotations only ever
// break after one (see mayEnd). A third of the stretches that reach this
// point on the cluster data have none: decimals ("1.5"), inner
// punctuation, an abbreviation in the last word. CJK marks, at which the
// model also cuts words, always go to the model.
func (s *Splitter) mayBreakInside(text string) bool {
	if !textnorm.ContainsAny(text[:max(len(text)-1, 0)], ".!?。！？；") {
		return false
	}
	if textnorm.ContainsAny(text, "。！？；") {
		return true
	}
	for {
		w, rest, more := strings.Cut(text, " ")
		if !more {
			return false // the last word: a break there ends the text anyway
		}
		if strings.ContainsAny(w, ".!?") && s.mayEnd(w) {
			return true
		}
		text = rest
	}
}

// mayEnd reports whether the model could end a sentence with the word w:
// its first pass breaks after end marks, alone or before closing quotes
// and brackets, and after a final period; its later passes only turn
// breaks off, except after words ending in a period and the abbreviations
// the English annotation finds with abbrPattern. TestSplitterFastPath checks the result equals
// the model's on the corpus.
func (s *Splitter) mayEnd(w string) bool {
	t := sentences.NewToken(w)
	return s.tok.HasPeriodFinal(t) || s.tok.HasSentEndChars(t) || abbrPattern.MatchString(w)
}

// abbrPattern is the English annotation's pattern for an abbreviation
// (reAbbr in github.com/neurosnap/sentences/english).
var abbrPattern = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)

// splitParagraphs splits on blank lines and joins the lines of each
// paragraph with single spaces.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		if !singleSpaced(p) {
			p = joinFields(p)
		}
		if p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// joinFields returns strings.Join(strings.Fields(s), " ") built in one
// allocation: the slice of fields was half the cost of splitting
// paragraphs in an ingest profile.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// singleSpaced reports whether s is already what joining its fields
// with single spaces makes of it, as most extracted paragraphs are: then
// splitParagraphs keeps s rather than building the same string again.
func singleSpaced(s string) bool {
	space := true // a space here would start or double a gap
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' && space, r != ' ' && unicode.IsSpace(r):
			return false
		}
		space = r == ' '
		i += size
	}
	return !space || s == ""
}

// unglue cuts a paragraph at glued sentence boundaries (see gluedAt),
// skipping those inside URLs and e-mail addresses, where "x.Y" is part of
// a name. The pieces are substrings of p.
//
// A hand-written scan replaces the regular expression this began as
// (gluedPattern in the tests, which checks the two agree): the pattern
// ran over every paragraph, most of which hold no boundary at all, and
// was a sixth of the seed ledger's cost.
func unglue(p string) []string {
	var pieces []string
	start := 0 // of the current piece
	field := 0 // start of the space-separated field being scanned
	from := 0  // boundaries do not overlap: none starts before the last one's end
	addr := -1 // start of the last field found to be an address
	for i := 0; i+1 < len(p); i++ {
		switch p[i] {
		case ' ':
			field = i + 1
			continue
		case '.', '!', '?':
		default:
			continue
		}
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
	if pieces == nil {
		return []string{p}
	}
	return append(pieces, p[start:])
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
	return k >= lo && i-k >= 2 && (k == 0 || !isASCIIWord(p[k-1]))
}

func isASCIIWord(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' }

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
