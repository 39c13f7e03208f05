package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/textnorm"
)

// rederive rebuilds the derived data (headline, time span, claim ledger)
// of the given stories from their stored articles, on Workers goroutines,
// and writes it in one transaction; stories left without articles are
// deleted.
func (p *Pipeline) rederive(ctx context.Context, ids map[string]bool) error {
	if len(ids) == 0 {
		return nil
	}
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	derived := make([]*news.Story, len(keys))
	errs := make([]error, len(keys))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(p.opts.Workers, len(keys)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stems := textnorm.NewStems(headlineStems)
			for i := range next {
				recs, err := p.store.StoryArticles(ctx, keys[i])
				if err != nil || len(recs) == 0 {
					errs[i] = err
					continue
				}
				st := p.deriveStory(keys[i], recs, stems)
				derived[i] = &st
			}
		}()
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	var batch store.Batch
	for i, id := range keys {
		switch {
		case errs[i] != nil:
			return errs[i]
		case derived[i] == nil:
			batch.DeleteStories = append(batch.DeleteStories, id)
		default:
			batch.Stories = append(batch.Stories, *derived[i])
		}
	}
	if err := p.store.Write(ctx, batch); err != nil {
		return fmt.Errorf("write stories: %w", err)
	}
	return nil
}

// headlineStems bounds each rebuilding goroutine's memo of stems: the
// words of the titles and leads of one run's stories (8,192 records by
// default) are a few tens of thousands.
const headlineStems = 1 << 16

// deriveStory builds a story header and ledger from its articles; stems
// is the calling goroutine's own.
func (p *Pipeline) deriveStory(id string, recs []store.ArticleRecord, stems *textnorm.Stems) news.Story {
	st := news.Story{ID: id}
	st.FirstSeen, st.LastSeen = span(recs)
	for _, r := range recs {
		st.Articles = append(st.Articles, news.StoryArticle{
			ID: r.ID, InputID: r.InputID, Title: r.Title, Publisher: r.Publisher,
			Published: r.Published, URL: r.URL, DuplicateOf: r.DuplicateOf,
		})
	}
	st.Headline = headline(recs, stems)
	st.Claims, st.Summary = p.buildLedger(ledgerArticles(recs, p.opts.MaxLedgerArticles))
	return st
}

// buildLedger builds a story's claim ledger. The ledger is derived data:
// should the claims stage fail on some text, the story is stored without
// one rather than the batch's articles being lost.
func (p *Pipeline) buildLedger(arts []news.Article) (claims []news.Claim, summary []news.SummarySentence) {
	defer func() {
		if r := recover(); r != nil {
			claims, summary = nil, nil
		}
	}()
	return p.ledger.Ledger(arts)
}

// span returns the earliest and latest publication times of the articles.
// Undated articles count with their ingest time only when none is dated:
// a crawl date says nothing of when a dated story happened.
func span(recs []store.ArticleRecord) (first, last time.Time) {
	for _, dated := range []bool{true, false} {
		for _, r := range recs {
			t := r.Published
			if !dated {
				t = r.Seen
			}
			if t.IsZero() {
				continue
			}
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
		}
		if !first.IsZero() {
			return first, last
		}
	}
	return first, last
}

// ledgerArticles picks the articles a ledger is built from: originals
// before copies, oldest first, at most limit.
func ledgerArticles(recs []store.ArticleRecord, limit int) []news.Article {
	sorted := append([]store.ArticleRecord(nil), recs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		ci, cj := sorted[i].DuplicateOf != "", sorted[j].DuplicateOf != ""
		if ci != cj {
			return !ci
		}
		return sorted[i].Seq < sorted[j].Seq
	})
	if limit > 0 && len(sorted) > limit {
		sorted = sorted[:limit]
	}
	// Keep the ledger's source order stable: by ingest order.
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Seq < sorted[j].Seq })
	out := make([]news.Article, len(sorted))
	for i, r := range sorted {
		out[i] = r.Article
	}
	return out
}

// headline picks the story's canonical headline: the title that shares
// most content terms with the other articles' titles and leads (the most
// central one), preferring originals; with no titles at all, the first
// sentence of the earliest article.
func headline(recs []store.ArticleRecord, stems *textnorm.Stems) string {
	type cand struct {
		title string
		terms map[string]bool
		copy  bool
	}
	var cands []cand
	var leads [][]string
	for _, r := range recs {
		leads = append(leads, stems.Terms(firstSentence(r.Body)))
		if t := strings.TrimSpace(r.Title); t != "" {
			set := map[string]bool{}
			for _, w := range stems.Terms(t) {
				set[w] = true
			}
			cands = append(cands, cand{title: t, terms: set, copy: r.DuplicateOf != ""})
		}
	}
	if len(cands) == 0 {
		return clip(firstSentence(recs[0].Body), 140)
	}
	best, bestScore := 0, -1.0
	for i, c := range cands {
		score := 0.0
		for _, lead := range leads {
			for _, w := range lead {
				if c.terms[w] {
					score++
				}
			}
		}
		for j, o := range cands {
			if j == i {
				continue
			}
			for w := range o.terms {
				if c.terms[w] {
					score++
				}
			}
		}
		if c.copy {
			score *= 0.9 // an original's own title reads better than a republisher's
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return cands[best].title
}

// firstSentence returns the text up to the first sentence end.
func firstSentence(body string) string {
	body = strings.TrimSpace(body)
	if i := strings.Index(body, "\n"); i > 0 {
		body = body[:i]
	}
	for i := 0; i+1 < len(body); i++ {
		if (body[i] == '.' || body[i] == '!' || body[i] == '?') && body[i+1] == ' ' && i > 20 {
			return body[:i+1]
		}
	}
	return body
}

// clip shortens s to at most n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
