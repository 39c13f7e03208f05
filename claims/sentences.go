package claims

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
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
}

// NewSplitter loads the English sentence model.
func NewSplitter() (*Splitter, error) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("load the English sentence model: %w", err)
	}
	return &Splitter{tok: tok}, nil
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
			for _, sent := range s.tok.Tokenize(piece) {
				t := strings.TrimSpace(sent.Text)
				if t != "" {
					out = append(out, t)
				}
			}
		}
	}
	return out
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
	if !gluedBoundary.MatchString(p) {
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
