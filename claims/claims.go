// Package claims builds a story's claim ledger: the facts its articles
// report (quantities with qualifier, range and unit; who said them; how
// sure they were; notes that nothing could be verified), aligned across
// the articles so a reader sees where sources agree, where they differ and
// what each source adds. It also picks a short extractive summary: the
// sentences most sources carry.
//
// Everything is rule-based and explainable: a sentence splitter (the punkt
// model of github.com/neurosnap/sentences), a small numeral grammar, an
// alias table for entities and the UK PHIA probability yardstick.
package claims

import (
	"fmt"
	"runtime"

	"github.com/storyfold/storyfold/news"
)

// Options tune alignment and the summary.
type Options struct {
	// ExactTolerance is the relative slack around an unqualified number:
	// news rounds, so "6,000" agrees with "more than 6,000". 5% keeps
	// 11,000 and 12,000 apart (set by hand on the seeds; no labelled
	// alignment data exists).
	ExactTolerance float64
	// ApproxTolerance is the slack around "around"/"approximately" numbers:
	// 10%, the usual reading of "about"; set by hand like ExactTolerance.
	ApproxTolerance float64
	// MergeSimilarity is the Dice coefficient of content terms above which
	// two sentences state the same thing (assessments, verification notes,
	// summary candidates). 0.5 groups the seeds' five rewordings of the
	// attritional-assaults assessment and keeps unrelated sentences apart.
	MergeSimilarity float64
	// SummarySentences is how many sentences the summary keeps at most.
	SummarySentences int
	// SummaryMinSources is how many sources a summary sentence needs.
	SummaryMinSources int
	// SummaryMinTerms drops short sentences (captions, datelines) from the
	// summary. 8 content terms, set by hand on the seeds, drops asides
	// such as "No evidence was provided to substantiate the assessment."
	// (4 terms) while every seed sentence a summary would quote has 10+.
	SummaryMinTerms int
	// CachedArticles is how many articles' readings the Extractor keeps
	// from one ledger to the next (0 or 1: none), so a story rebuilt as
	// its reports arrive reads each article at most twice: an article is
	// kept the second time it is read. A kept article takes 10-18 KB, its
	// text included (docs/performance.md, "Ledgers in a stream").
	CachedArticles int
}

// DefaultOptions returns the settings the seeds were checked with.
func DefaultOptions() Options {
	return Options{
		ExactTolerance:    0.05,
		ApproxTolerance:   0.10,
		MergeSimilarity:   0.5,
		SummarySentences:  3,
		SummaryMinSources: 2,
		SummaryMinTerms:   8,
		CachedArticles:    16384,
	}
}

// Extractor builds claim ledgers. Build it once with New; it is safe for
// concurrent use.
type Extractor struct {
	opts    Options
	split   *Splitter
	scratch scratchList
	cache   *readCache
}

// New builds an Extractor. It panics only if the embedded English sentence
// model fails to load, which is a build defect, not an input error.
func New(o Options) *Extractor {
	sp, err := NewSplitter()
	if err != nil {
		panic(fmt.Errorf("claims: load sentence model: %w", err))
	}
	return &Extractor{opts: o, split: sp, scratch: make(scratchList, runtime.NumCPU()), cache: newReadCache(o.CachedArticles)}
}

// Sentences splits text into sentences (see Splitter.Sentences).
func (x *Extractor) Sentences(text string) []string { return x.split.Sentences(text) }

// Ledger returns the claims of one story's articles aligned across them,
// and its extractive summary. Sources in both are article IDs. Copies of an
// article count as sources of their own.
func (x *Extractor) Ledger(articles []news.Article) ([]news.Claim, []news.SummarySentence) {
	sents := x.readStory(articles)
	resolveSources(sents)
	claims := x.quantityClaims(sents)
	claims = append(claims, x.textClaims(sents, "assessment")...)
	claims = append(claims, x.textClaims(sents, "verification")...)
	return claims, x.summary(sents)
}

// readStory returns the sentences of a story's articles, in order, each
// article read once from the cache or anew.
func (x *Extractor) readStory(articles []news.Article) []sentence {
	read := make([][]readSentence, len(articles))
	keys := make([]articleKey, len(articles))
	missing := false
	for i, a := range articles {
		if x.cache != nil { // no hashing when nothing is kept
			keys[i] = keyOf(a)
		}
		read[i] = x.cache.get(keys[i])
		missing = missing || read[i] == nil
	}
	if missing {
		// A new article shares the readings of sentences it repeats
		// from the others, kept or not.
		memo := map[string]*reading{}
		for _, rs := range read {
			for _, s := range rs {
				memo[s.text] = s.r
			}
		}
		for i, a := range articles {
			if read[i] == nil {
				read[i] = x.readArticle(a, memo)
				x.cache.put(keys[i], read[i])
			}
		}
	}
	n := 0
	for _, rs := range read {
		n += len(rs)
	}
	sents := make([]sentence, 0, n)
	for i, rs := range read {
		for pos, s := range rs {
			sents = append(sents, sentence{
				article: i, id: articles[i].ID, pos: pos, title: s.title, text: s.text,
				source: s.source, conf: s.r.conf, verify: s.r.verify, qty: s.r.qty, terms: s.r.terms,
			})
		}
	}
	return sents
}

// Unique returns, for each source, the indexes of the claims only that
// source carries: what it adds that no other source has.
func Unique(claims []news.Claim) map[string][]int {
	return UniqueAmong(claims, nil)
}

// UniqueAmong is Unique with republished copies folded into their
// originals: copyOf maps a copy's article ID to the original's, so a claim
// carried by an article and its copies alone is unique to the original.
func UniqueAmong(claims []news.Claim, copyOf map[string]string) map[string][]int {
	out := make(map[string][]int)
	for i, c := range claims {
		owners := map[string]bool{}
		for _, s := range c.Sources {
			if o, ok := copyOf[s]; ok {
				s = o
			}
			owners[s] = true
		}
		if len(owners) != 1 {
			continue
		}
		for o := range owners {
			out[o] = append(out[o], i)
		}
	}
	return out
}
