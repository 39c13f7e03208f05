package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// frontPage is the data of the front page.
type frontPage struct {
	Title    string
	Query    httpapi.ListQuery
	Page     httpapi.StoryPage
	Trending []httpapi.EntityCount
	Counts   store.Counts
	// Newer and Older link the neighbouring pages, "" when there is none.
	Newer, Older string
}

func (s *Site) front(w http.ResponseWriter, r *http.Request) {
	ao := httpapi.DefaultOptions()
	ao.PageSize = s.o.PageSize
	q, err := httpapi.ParseListQuery(r, ao)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := httpapi.ListStories(r.Context(), s.r, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	counts, err := s.r.Counts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	trending, err := s.trending(r.Context(), counts)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data := frontPage{Title: "Stories", Query: q, Page: page, Trending: trending, Counts: counts}
	if q.Entity != "" {
		data.Title = "Stories naming " + q.Entity
	}
	if page.NextOffset > 0 {
		data.Older = pageLink(r.URL, page.NextOffset)
	}
	if q.Offset > 0 {
		data.Newer = pageLink(r.URL, max(0, q.Offset-q.Limit))
	}
	s.render(w, r, http.StatusOK, "front", data)
}

// pageLink is the current URL at another offset.
func pageLink(u *url.URL, offset int) string {
	v := u.Query()
	v.Set("offset", strconv.Itoa(offset))
	return "/?" + v.Encode()
}

// storyPage is the data of a story page.
type storyPage struct {
	Title    string
	Story    httpapi.StoryView
	Sources  []source
	Ledger   []ledgerRow
	Singles  []sourceAdds
	Timeline timeline
	Summary  []summaryLine
	Passages []summaryLine
}

func (s *Site) story(w http.ResponseWriter, r *http.Request) {
	v, err := httpapi.LoadStory(r.Context(), s.r, r.PathValue("id"), s.o.Related)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	srcs := sources(v.Story)
	s.render(w, r, http.StatusOK, "story", storyPage{
		Title: v.Headline, Story: v, Sources: srcs, Ledger: ledger(v.Story, srcs),
		Singles: singles(v.Story, srcs), Timeline: drawTimeline(srcs), Summary: summaryLines(v.Summary, srcs),
		Passages: passageLines(v.SharedPassages, srcs),
	})
}

// articlePage is the data of an article page.
type articlePage struct {
	Title      string
	Article    httpapi.ArticleView
	Paragraphs [][]segment
	// Story is the article's story, nil when it could not be read.
	Story *news.Story
	// Original is the article this one copies; Copies are its copies.
	Original *news.StoryArticle
	Copies   []news.StoryArticle
	// TitleIDs are the anchors of claims whose sentence is the title.
	TitleIDs []string
	// Unplaced are claim sentences of this article not found in its body
	// or title, listed so every ledger link still lands somewhere.
	Unplaced []placedClaim
}

func (s *Site) article(w http.ResponseWriter, r *http.Request) {
	rec, err := s.r.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := articlePage{Title: rec.Title, Article: httpapi.NewArticleView(rec)}
	if p.Title == "" {
		p.Title = "Article " + rec.ID
	}
	var claims []placedClaim
	if st, err := s.r.Story(r.Context(), rec.StoryID); err == nil {
		p.Story = &st
		claims = claimsOf(st, rec.ID)
		p.Original, p.Copies = copyLinks(st, rec.ID, rec.DuplicateOf)
	} else {
		s.log.WarnContext(r.Context(), "article without readable story", "article", rec.ID, "err", err)
	}
	p.Paragraphs, p.Unplaced = markClaims(rec.Body, claims)
	p.TitleIDs, p.Unplaced = titleClaims(rec.Title, p.Unplaced)
	s.render(w, r, http.StatusOK, "article", p)
}

func copyLinks(st news.Story, id, dupOf string) (*news.StoryArticle, []news.StoryArticle) {
	var (
		orig   *news.StoryArticle
		copies []news.StoryArticle
	)
	for i, a := range st.Articles {
		if a.ID == dupOf {
			orig = &st.Articles[i]
		}
		if a.DuplicateOf == id {
			copies = append(copies, a)
		}
	}
	return orig, copies
}

// searchPage is the data of the search page.
type searchPage struct {
	Title string
	Query string
	Hits  []searchHit
}

type searchHit struct {
	Article store.ArticleRecord
	Snippet []segment
}

// searchLimit is how many hits the search page shows; a person reads the
// first screen or two, and refines the query rather than paging.
const searchLimit = 50

func (s *Site) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	data := searchPage{Title: "Search", Query: q}
	if q != "" {
		hits, err := s.r.SearchArticles(r.Context(), q, searchLimit)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, h := range hits {
			data.Hits = append(data.Hits, searchHit{Article: h.Article, Snippet: snippetSegments(h.Snippet)})
		}
		data.Title = "Search: " + q
	}
	s.render(w, r, http.StatusOK, "search", data)
}

// skippedPage is the data of the skipped-records page.
type skippedPage struct {
	Title  string
	Report httpapi.SkipReport
	Total  int
}

// skippedLimit is how many skipped records the page lists.
const skippedLimit = 200

func (s *Site) skipped(w http.ResponseWriter, r *http.Request) {
	rep, err := httpapi.LoadSkips(r.Context(), s.r, skippedLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	total := 0
	for _, n := range rep.Counts {
		total += n
	}
	s.render(w, r, http.StatusOK, "skipped", skippedPage{Title: "Skipped records", Report: rep, Total: total})
}
