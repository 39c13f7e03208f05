package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
)

// summary picks the sentences most sources carry (in any wording), each
// with those sources: extractive, so no word is invented.
func (x *Extractor) summary(sents []sentence) []news.SummarySentence {
	var want []*sentence
	for i := range sents {
		s := &sents[i]
		if !s.title && len(s.terms) >= x.opts.SummaryMinTerms && proseSentence(s.text) {
			want = append(want, s)
		}
	}
	groups := x.group(want)
	type cand struct {
		rep     *sentence
		sources []string
		pos     int
	}
	var cands []cand
	for _, g := range groups {
		c := cand{rep: medoid(g), pos: g[0].pos}
		for _, s := range g {
			if !contains(c.sources, s.id) {
				c.sources = append(c.sources, s.id)
			}
			c.pos = min(c.pos, s.pos)
		}
		if len(c.sources) >= x.opts.SummaryMinSources {
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if len(cands[i].sources) != len(cands[j].sources) {
			return len(cands[i].sources) > len(cands[j].sources)
		}
		return cands[i].pos < cands[j].pos
	})
	out := make([]news.SummarySentence, 0, x.opts.SummarySentences)
	for _, c := range cands[:min(len(cands), x.opts.SummarySentences)] {
		out = append(out, news.SummarySentence{Text: c.rep.text, Sources: c.sources})
	}
	return out
}

// medoid returns the sentence most like the others of its group.
func medoid(g []*sentence) *sentence {
	best, bestSum := g[0], -1.0
	for _, a := range g {
		sum := 0.0
		for _, b := range g {
			sum += dice(a.terms, b.terms)
		}
		if sum > bestSum {
			best, bestSum = a, sum
		}
	}
	return best
}

// proseSentence reports a sentence fit for a summary: it opens with a
// letter, digit or quote (not a list dash or bullet) and ends like a
// sentence, so captions, list items and headlines stay out.
func proseSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'\"‘“", r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "'\"’” "))
	return strings.ContainsRune(".!?", last)
}
