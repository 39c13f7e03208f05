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
		for _, piece := range textnorm.Unglue(para) {
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

// appendPunkt appends the sentences the punkt model finds in text. Text
// holding CJK marks, at which the model also cuts words, goes to the model
// whole; elsewhere the model is asked only about the words it could end a
// sentence with (breaks).
func (s *Splitter) appendPunkt(out []string, text string) []string {
	if hasCJKMarks(text) {
		return appendModel(out, s.tok.Tokenize(text))
	}
	ends, ok := s.breaks(text)
	if !ok {
		return appendModel(out, s.tok.Tokenize(text))
	}
	start := 0
	for _, end := range ends {
		out = appendTrimmed(out, text[start:end])
		start = end
	}
	return appendTrimmed(out, text[start:])
}

// cjkMarks are the marks at which the punkt model cuts words.
const cjkMarks = "。！？；"

// hasCJKMarks reports whether text holds one of cjkMarks. Each is three
// bytes in UTF-8 and starts with 0xE3 or 0xEF, bytes that English text
// rarely holds, so one search for each turns away most text without
// searching it for four runes (TestHasCJKMarks).
func hasCJKMarks(text string) bool {
	if strings.IndexByte(text, 0xE3) < 0 && strings.IndexByte(text, 0xEF) < 0 {
		return false
	}
	return textnorm.ContainsAny(text, cjkMarks)
}

// appendModel appends the model's sentences of text.
func appendModel(out []string, sents []*sentences.Sentence) []string {
	for _, sent := range sents {
		out = appendTrimmed(out, sent.Text)
	}
	return out
}

// appendTrimmed appends t without its surrounding space, unless that
// leaves nothing.
func appendTrimmed(out []string, t string) []string {
	if t = strings.TrimSpace(t); t != "" {
		out = append(out, t)
	}
	return out
}

// breaks returns the ends of the words of text (single-spaced, no CJK
// marks) after which the punkt model ends a sentence, in order. Only a
// word the model could end a sentence with can take a break (mayEnd), and
// the model decides it from that word and the next, except that its last
// (English) pass reads the next word's type after the pass before may
// have changed it, from the word after that ("U.S. I. Walter" stays one
// sentence, "U.S. I." does not). That change only ever matters for a
// next word ending in a period, which is itself a word that may end a
// sentence; so windows of a word and the next, joined where they overlap,
// hold all the model reads. The word before never matters: the one rule
// that reads it (a lone "." after a lone "." is an ellipsis) is overruled
// by the English pass, which decides a lone "." from the words after it.
// Outside CJK text the model's words are the space-separated ones. So the
// model reads a few words around each word it may break after rather than
// the whole text: its cost grows with the words it is given.
// TestSplitterFastPath holds the result to the model's on the whole text;
// ok is false if the model's tokens did not line up with the words.
func (s *Splitter) breaks(text string) (ends []int, ok bool) {
	if !textnorm.ContainsAny(text[:max(len(text)-1, 0)], ".!?") {
		return nil, true
	}
	var buf [16]int
	run := buf[:0] // starts of the words asked about in the window [lo, hi)
	// Windows that overlap are joined: a word's decision can read the
	// next word's, which reads the word after it.
	lo, hi := 0, -1
	for ws := 0; ; {
		n := strings.IndexByte(text[ws:], ' ')
		if n < 0 {
			break // the last word: a break there ends the text anyway
		}
		if w := text[ws : ws+n]; strings.ContainsAny(w, ".!?") && s.mayEnd(w) {
			whi := window(text, ws+n)
			if len(run) > 0 && ws >= hi {
				if ends, ok = s.windowBreaks(ends, text, lo, hi, run); !ok {
					return nil, false
				}
				run = run[:0]
			}
			if len(run) == 0 {
				lo = ws
			}
			run, hi = append(run, ws), whi
		}
		ws += n + 1
	}
	if len(run) == 0 {
		return ends, true
	}
	return s.windowBreaks(ends, text, lo, hi, run)
}

// window returns the end of the stretch of text the model needs to
// decide on the word ending at we (text[we] is a space): the space after
// the next word, or the end of text when that comes first (so the model
// sees the text's last word as it does in the whole text: it drops a last
// word ending in a multi-byte character).
func window(text string, we int) int {
	n := strings.IndexByte(text[we+1:], ' ')
	if n < 0 {
		return len(text)
	}
	return we + 1 + n + 1
}

// windowBreaks runs the model on text[lo:hi] and appends the end of each
// word of run (by start) that the model ends a sentence after.
func (s *Splitter) windowBreaks(ends []int, text string, lo, hi int, run []int) ([]int, bool) {
	toks := s.tok.AnnotatedTokens(text[lo:hi])
	for _, ws := range run {
		i := strings.Count(text[lo:ws], " ")
		we := ws + strings.IndexByte(text[ws:], ' ')
		if i >= len(toks) || lo+toks[i].Position != we {
			return nil, false
		}
		if toks[i].SentBreak {
			ends = append(ends, we)
		}
	}
	return ends, true
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
		if c := s[i]; c < utf8.RuneSelf { // most of a paragraph: no rune to decode, no table to search
			if c == ' ' && space || c != ' ' && asciiSpace[c] {
				return false
			}
			space = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || s == ""
}
