package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// ListQuery is a page of the story list as a client asks for it.
type ListQuery struct {
	// Order is "newest" (last update first) or "covered" (most articles first).
	Order    string
	From, To time.Time
	// Entity keeps stories that name it (see Entities); Text is full-text.
	Entity, Text  string
	Limit, Offset int
}

// ParseListQuery reads a ListQuery from a request's query string:
// order, from, to (RFC 3339 or YYYY-MM-DD; a bare "to" date includes its
// day), entity, q, limit and offset.
func ParseListQuery(r *http.Request, o Options) (ListQuery, error) {
	v := r.URL.Query()
	q := ListQuery{Order: v.Get("order"), Entity: strings.TrimSpace(v.Get("entity")), Text: strings.TrimSpace(v.Get("q"))}
	switch q.Order {
	case "":
		q.Order = "newest"
	case "newest", "covered":
	default:
		return q, BadRequest("order must be newest or covered")
	}
	var err error
	if q.From, err = parseDate(v.Get("from"), false); err != nil {
		return q, err
	}
	if q.To, err = parseDate(v.Get("to"), true); err != nil {
		return q, err
	}
	if q.Limit, err = intParam(r, "limit", o.PageSize); err != nil {
		return q, err
	}
	if q.Limit == 0 || q.Limit > o.MaxPageSize {
		q.Limit = o.MaxPageSize
	}
	if q.Offset, err = intParam(r, "offset", 0); err != nil {
		return q, err
	}
	return q, nil
}

func parseDate(s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, BadRequest(fmt.Sprintf("date %q must be RFC 3339 or YYYY-MM-DD", s))
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// StoryPage is one page of the story list.
type StoryPage struct {
	Stories []StorySummary `json:"stories"`
	Offset  int            `json:"offset"`
	Limit   int            `json:"limit"`
	// NextOffset is the offset of the next page, 0 when this is the last.
	NextOffset int `json:"next_offset,omitempty"`
}

// entityScan bounds how many stories an entity filter reads: the entity is
// searched as text first, so only stories whose articles contain it are
// read at all; the cap keeps one request from reading a whole large store.
const entityScan = 5000

// ListStories answers a ListQuery.
func ListStories(ctx context.Context, r StoryReader, q ListQuery) (StoryPage, error) {
	sq := store.StoryQuery{Order: q.Order, From: q.From, To: q.To, Text: q.Text}
	if q.Entity == "" {
		sq.Limit, sq.Offset = q.Limit+1, q.Offset
	} else {
		sq.Text, sq.Limit = strings.TrimSpace(q.Entity+" "+q.Text), entityScan
	}
	list, err := r.Stories(ctx, sq)
	if err != nil {
		return StoryPage{}, fmt.Errorf("list stories: %w", err)
	}
	if q.Entity != "" {
		kept := list[:0]
		for _, st := range list {
			if HasEntity(st, q.Entity) {
				kept = append(kept, st)
			}
		}
		list = kept[min(q.Offset, len(kept)):]
	}
	page := StoryPage{Stories: []StorySummary{}, Offset: q.Offset, Limit: q.Limit}
	if len(list) > q.Limit {
		list, page.NextOffset = list[:q.Limit], q.Offset+q.Limit
	}
	for _, st := range list {
		page.Stories = append(page.Stories, Summarize(st))
	}
	return page, nil
}

func (a *API) listStories(w http.ResponseWriter, r *http.Request) {
	q, err := ParseListQuery(r, a.o)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page, err := ListStories(r.Context(), a.r, q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (a *API) getStory(w http.ResponseWriter, r *http.Request) {
	v, err := LoadStory(r.Context(), a.r, r.PathValue("id"), a.o.Related)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// ArticleView is one article as the API shows it: clean body, metadata,
// the story decisions, and the furniture extraction removed.
type ArticleView struct {
	ID          string      `json:"id"`
	InputID     string      `json:"input_id"`
	URL         string      `json:"url"`
	Title       string      `json:"title"`
	Publisher   string      `json:"publisher"`
	Author      string      `json:"author"`
	Published   time.Time   `json:"published"`
	Lang        string      `json:"lang"`
	Format      news.Format `json:"format"`
	Seen        time.Time   `json:"seen"`
	StoryID     string      `json:"story_id"`
	DuplicateOf string      `json:"duplicate_of"`
	Words       int         `json:"words"`
	Body        string      `json:"body"`
	Removed     []string    `json:"removed"`
}

// NewArticleView is the view of a stored article.
func NewArticleView(a store.ArticleRecord) ArticleView {
	removed := a.Removed
	if removed == nil {
		removed = []string{}
	}
	return ArticleView{
		ID: a.ID, InputID: a.InputID, URL: a.URL, Title: a.Title, Publisher: a.Publisher, Author: a.Author,
		Published: a.Published, Lang: a.Lang, Format: a.Format, Seen: a.Seen, StoryID: a.StoryID,
		DuplicateOf: a.DuplicateOf, Words: a.Words, Body: a.Body, Removed: removed,
	}
}

func (a *API) getArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := a.r.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, NewArticleView(rec))
}

// SearchHit is one article that matched a search.
type SearchHit struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	Publisher   string    `json:"publisher"`
	Published   time.Time `json:"published"`
	URL         string    `json:"url"`
	StoryID     string    `json:"story_id"`
	DuplicateOf string    `json:"duplicate_of"`
	// Snippet is the matching passage; Matches are the terms it matched.
	Snippet string   `json:"snippet"`
	Matches []string `json:"matches"`
}

// maxSearchLimit caps a search page; FTS5 ranks every match, so the cap
// bounds the rows decoded, not the index work.
const maxSearchLimit = 100

func (a *API) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		a.fail(w, r, BadRequest("q is required"))
		return
	}
	limit, err := intParam(r, "limit", a.o.PageSize)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	hits, err := a.r.SearchArticles(r.Context(), q, min(max(limit, 1), maxSearchLimit))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		text, matches := SplitSnippet(h.Snippet)
		ar := h.Article
		out = append(out, SearchHit{ID: ar.ID, Title: ar.Title, Publisher: ar.Publisher, Published: ar.Published,
			URL: ar.URL, StoryID: ar.StoryID, DuplicateOf: ar.DuplicateOf, Snippet: text, Matches: matches})
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "hits": out})
}

// SplitSnippet removes the store's hit marks from a snippet, returning the
// plain text and the distinct matched terms in order.
func SplitSnippet(s string) (string, []string) {
	var (
		plain   strings.Builder
		matches = []string{}
		seen    = map[string]bool{}
	)
	for part := range strings.SplitSeq(s, store.HitStart) {
		term, rest, marked := strings.Cut(part, store.HitEnd)
		if marked && !seen[term] {
			seen[term] = true
			matches = append(matches, term)
		}
		plain.WriteString(term)
		plain.WriteString(rest)
	}
	return plain.String(), matches
}

// SkipView is a record that was not made an article, and why.
type SkipView struct {
	ID      string          `json:"id"`
	InputID string          `json:"input_id"`
	Origin  string          `json:"origin"`
	Reason  news.SkipReason `json:"reason"`
	Detail  string          `json:"detail"`
	Seen    time.Time       `json:"seen"`
	URL     string          `json:"url,omitempty"`
	Title   string          `json:"title,omitempty"`
}

// SkipReport is the skipped records: counts by reason over the whole store
// and the newest records.
type SkipReport struct {
	Counts map[news.SkipReason]int `json:"counts"`
	Skips  []SkipView              `json:"skips"`
}

// maxSkips caps one skip listing; the counts cover everything.
const maxSkips = 500

// LoadSkips reads the skip counts and the newest limit skipped records.
func LoadSkips(ctx context.Context, r interface {
	Counter
	SkipLister
}, limit int) (SkipReport, error) {
	c, err := r.Counts(ctx)
	if err != nil {
		return SkipReport{}, fmt.Errorf("count skips: %w", err)
	}
	recs, err := r.Skips(ctx, min(max(limit, 1), maxSkips))
	if err != nil {
		return SkipReport{}, fmt.Errorf("list skips: %w", err)
	}
	rep := SkipReport{Counts: c.Skipped, Skips: make([]SkipView, 0, len(recs))}
	if rep.Counts == nil {
		rep.Counts = map[news.SkipReason]int{}
	}
	for _, k := range recs {
		rep.Skips = append(rep.Skips, SkipView{ID: k.ID, InputID: k.InputID, Origin: k.Origin,
			Reason: k.Reason, Detail: k.Detail, Seen: k.Seen, URL: k.URL, Title: k.Title})
	}
	return rep, nil
}

func (a *API) skips(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	rep, err := LoadSkips(r.Context(), a.r, limit)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}
