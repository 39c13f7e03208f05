package claims

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/storyfold/storyfold/textnorm"
)

// gluedBoundary finds a sentence end glued to the next sentence's capital,
// as flattened pages leave it ("region.More than", "said.”The"): a lower-case
// letter, digit, closing bracket or quote, the end mark, optional closing
// quotes, then an opening quote or capital. A single capital before the
// mark is left alone so abbreviations like "U.S." survive; an acronym of
// two or more capitals before a capitalised word is split ("the
// UK.North Korea").
var gluedBoundary = regexp.MustCompile(`([a-z0-9\)\]"”’]|\b[A-Z]{2,})([.!?]["”’']?)([“"‘]?[A-Z])`)

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
// starts none of its collocations, and one space and a letter or digit
// follow (the model reads a period before a lone "." as part of an
// ellipsis; the next word's case matters only after abbreviations).
func (s *Splitter) safeBreak(piece string, i int) bool {
	if i+2 >= len(piece) || piece[i+1] != ' ' || !isASCIILetter(piece[i+2]) && (piece[i+2] < '0' || piece[i+2] > '9') {
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

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// appendPunkt appends the sentences the punkt model finds in text; text
// without any sentence punctuation before its last byte is one sentence.
func (s *Splitter) appendPunkt(out []string, text string) []string {
	if !textnorm.ContainsAny(text[:max(len(text)-1, 0)], ".!?。！？；") {
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

// markBeforeNonSpace reports whether an end mark is directly followed by
// something other than a space, which every glued boundary needs; most
// paragraphs have none, and this scan is far cheaper than the pattern.
func markBeforeNonSpace(p string) bool {
	for i := 0; i+1 < len(p); i++ {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?') && p[i+1] != ' ' {
			return true
		}
	}
	return false
}

// splitParagraphs splits on blank lines and joins the lines of each
// paragraph with single spaces.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// unglue cuts a paragraph at glued sentence boundaries, skipping those
// inside URLs and e-mail addresses, where "x.Y" is part of a name.
func unglue(p string) []string {
	if !markBeforeNonSpace(p) || !gluedBoundary.MatchString(p) {
		return []string{p}
	}
	var pieces []string
	var cur strings.Builder
	for i, f := range strings.Split(p, " ") {
		if i > 0 {
			cur.WriteByte(' ')
		}
		if strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(f, "www.") {
			cur.WriteString(f)
			continue
		}
		last := 0
		for _, m := range gluedBoundary.FindAllStringSubmatchIndex(f, -1) {
			cut := m[5] // end of the end mark and closing quotes
			cur.WriteString(f[last:cut])
			pieces = append(pieces, cur.String())
			cur.Reset()
			last = cut
		}
		cur.WriteString(f[last:])
	}
	return append(pieces, cur.String())
}
