package web

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// source is one article as a column of the ledger and a row of the
// timeline: numbered S1, S2… in story order, with its copy relations.
type source struct {
	news.StoryArticle
	N int
	// Original is the source this one copies, nil for originals.
	Original *source
	// Copies are the sources that copy this one.
	Copies []*source
}

// Name is the publisher, else the URL's host, else "source N": unknown
// publishers are never merged into one.
func (s *source) Name() string {
	if strings.TrimSpace(s.Publisher) != "" {
		return s.Publisher
	}
	if h := host(s.URL); h != "" {
		return h
	}
	return fmt.Sprintf("source %d", s.N)
}

// CopyTitle is the headline a copy of this source carries, for an
// original whose own page gave none.
func (s *source) CopyTitle() string {
	for _, c := range s.Copies {
		if strings.TrimSpace(c.Title) != "" {
			return c.Title
		}
	}
	return ""
}

func sources(st news.Story) []source {
	out := make([]source, len(st.Articles))
	at := map[string]int{}
	for i, a := range st.Articles {
		out[i] = source{StoryArticle: a, N: i + 1}
		at[a.ID] = i
	}
	for i := range out {
		if j, ok := at[out[i].DuplicateOf]; ok && j != i {
			out[i].Original = &out[j]
			out[j].Copies = append(out[j].Copies, &out[i])
		}
	}
	return out
}

// ledgerRow is one claim across the story's sources.
type ledgerRow struct {
	N          int // 1-based, the anchor #claim-N in each source's article page
	Claim      news.Claim
	Quantity   string
	Confidence string
	Cells      []ledgerCell
}

// ledgerCell is one source's stance on one claim.
type ledgerCell struct {
	Source  *source
	Present bool
	// Sentence is the source's own sentence, Href where it can be read.
	Sentence, Href string
	// Differs marks a source whose number differs from the claim's.
	Differs bool
}

func ledger(st news.Story, srcs []source) []ledgerRow {
	rows := make([]ledgerRow, 0, len(st.Claims))
	for i, c := range st.Claims {
		row := ledgerRow{N: i + 1, Claim: c, Quantity: formatQuantity(c.Quantity), Confidence: formatConfidence(c.Confidence)}
		for j := range srcs {
			row.Cells = append(row.Cells, cellOf(c, i+1, &srcs[j]))
		}
		rows = append(rows, row)
	}
	return rows
}

func cellOf(c news.Claim, n int, s *source) ledgerCell {
	cell := ledgerCell{Source: s}
	for _, id := range c.Sources {
		cell.Present = cell.Present || id == s.ID
	}
	for _, m := range c.Mentions {
		if m.ArticleID != s.ID {
			continue
		}
		cell.Present, cell.Sentence = true, m.Sentence
		cell.Differs = m.Quantity != nil && c.Quantity != nil && !sameQuantity(*m.Quantity, *c.Quantity)
	}
	switch {
	case cell.Sentence != "":
		cell.Href = fmt.Sprintf("/articles/%s#claim-%d", url.PathEscape(s.ID), n)
	case cell.Present: // a source without its sentence: the article, unanchored
		cell.Href = "/articles/" + url.PathEscape(s.ID)
	}
	return cell
}

func sameQuantity(a, b news.Quantity) bool {
	return a.Value == b.Value && a.Low == b.Low && a.High == b.High && a.Unit == b.Unit
}

// sourceAdds is what one source alone reports: the claims no other
// independent source carries.
type sourceAdds struct {
	Source *source
	Rows   []ledgerRow
}

func singles(st news.Story, srcs []source) []sourceAdds {
	rows := ledger(st, srcs)
	var out []sourceAdds
	at := map[int]int{}
	for _, row := range rows {
		if row.Claim.Status != news.ClaimSingle {
			continue
		}
		// The claim belongs to its first original source; copies only echo it.
		owner := -1
		for j, c := range row.Cells {
			if c.Present && (owner < 0 || (srcs[owner].Original != nil && c.Source.Original == nil)) {
				owner = j
			}
		}
		if owner < 0 {
			continue
		}
		k, ok := at[owner]
		if !ok {
			k = len(out)
			at[owner] = k
			out = append(out, sourceAdds{Source: &srcs[owner]})
		}
		out[k].Rows = append(out[k].Rows, row)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Source.N < out[j].Source.N })
	return out
}

// summaryLine is a summary sentence with the sources that carry it.
type summaryLine struct {
	Text    string
	Sources []*source
}

func summaryLines(sum []news.SummarySentence, srcs []source) []summaryLine {
	byID := map[string]*source{}
	for i := range srcs {
		byID[srcs[i].ID] = &srcs[i]
	}
	var out []summaryLine
	for _, s := range sum {
		line := summaryLine{Text: s.Text}
		for _, id := range s.Sources {
			if src, ok := byID[id]; ok {
				line.Sources = append(line.Sources, src)
			}
		}
		out = append(out, line)
	}
	return out
}

// maxShownPassages bounds the shared-passage list on a story page, and
// minShownPassageWords keeps out the short scraps where one shared run
// meets another ("initially deployed to the Kursk region, the" on the
// seed story); the API lists them all.
const (
	maxShownPassages     = 8
	minShownPassageWords = 10
)

// passageLines keeps the shared passages that independent sources carry,
// leaving out text shared only between an original and its copies (the
// sources list already says those are one article).
func passageLines(ps []httpapi.SharedPassage, srcs []source) []summaryLine {
	byID := map[string]*source{}
	for i := range srcs {
		byID[srcs[i].ID] = &srcs[i]
	}
	var out []summaryLine
	for _, p := range ps {
		line := summaryLine{Text: p.Text}
		roots := map[int]bool{}
		for _, id := range p.Articles {
			if src, ok := byID[id]; ok {
				line.Sources = append(line.Sources, src)
				root := src
				if src.Original != nil {
					root = src.Original
				}
				roots[root.N] = true
			}
		}
		sort.Slice(line.Sources, func(i, j int) bool { return line.Sources[i].N < line.Sources[j].N })
		if len(roots) > 1 && len(strings.Fields(p.Text)) >= minShownPassageWords && len(out) < maxShownPassages {
			out = append(out, line)
		}
	}
	return out
}

// formatQuantity writes a quantity as a reader says it (news.Quantity.String).
func formatQuantity(q *news.Quantity) string {
	if q == nil {
		return ""
	}
	return q.String()
}

// formatConfidence writes an estimative term with its probability range:
// "highly likely (80–90%)".
func formatConfidence(c *news.Confidence) string {
	if c == nil {
		return ""
	}
	lo, hi := math.Round(c.Low*100), math.Round(c.High*100)
	if lo == hi {
		return fmt.Sprintf("%s (%g%%)", c.Term, lo)
	}
	return fmt.Sprintf("%s (%g–%g%%)", c.Term, lo, hi)
}

// segment is a run of text, marked when it is a claim sentence or a search
// match; IDs are the anchors (#claim-N) that land on it.
type segment struct {
	Text string
	Mark bool
	IDs  []string
}

// snippetSegments splits a search snippet at the store's hit marks.
func snippetSegments(s string) []segment {
	var out []segment
	for part := range strings.SplitSeq(s, store.HitStart) {
		if term, rest, ok := strings.Cut(part, store.HitEnd); ok {
			out = append(out, segment{Text: term, Mark: true}, segment{Text: rest})
			continue
		}
		out = append(out, segment{Text: part})
	}
	return out
}
