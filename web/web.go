// Package web serves storyfold's HTML pages: the front page of stories
// with a trending bar, one story with its sources, copies, timeline and
// claim ledger, one article beside the furniture removed from it, and
// search. Pages are html/template with embedded templates and static
// files; every string from the store is untrusted and reaches the page only
// through contextual escaping, under a Content-Security-Policy that allows
// no inline script.
package web

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the pages.
type Options struct {
	// PageSize is how many stories the front page lists.
	PageSize int
	// TrendingStories is how many recent stories the trending bar counts
	// entities over, and TrendingSize how many entities it shows.
	TrendingStories, TrendingSize int
	// Related is how many related stories a story page lists.
	Related int
	// TrendingMaxAge is how long the trending bar may be reused (see
	// Site.trending): reading 200 stories with their ledgers on every
	// front-page view took most of its time under load.
	TrendingMaxAge time.Duration
	// Logger receives server-side failures; nil discards them.
	Logger *slog.Logger
}

// DefaultOptions returns the options storyfold serve starts from.
func DefaultOptions() Options {
	return Options{PageSize: 20, TrendingStories: 200, TrendingSize: 12, Related: 5, TrendingMaxAge: 10 * time.Second}
}

// contentSecurityPolicy allows only this server's own scripts, styles and
// images: no inline script or style, no plugins, no framing, no base
// rewriting, forms posting only here.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Site serves the pages. Create it with New.
type Site struct {
	o    Options
	r    httpapi.Reader
	tmpl map[string]*template.Template
	log  *slog.Logger
	mux  *http.ServeMux

	// trend caches the trending bar; see Options.TrendingMaxAge.
	trend struct {
		sync.Mutex
		key      string
		at       time.Time
		entities []httpapi.EntityCount
	}
}

// trending returns the trending bar, recomputed when the cached one is
// older than TrendingMaxAge, or the store's counts changed and it is older
// than a second: a busy writer changes them on every batch.
func (s *Site) trending(ctx context.Context, c store.Counts) ([]httpapi.EntityCount, error) {
	key := fmt.Sprintf("%d/%d/%d", c.Articles, c.Copies, c.Stories)
	s.trend.Lock()
	age := time.Since(s.trend.at)
	if s.trend.entities != nil && age < s.o.TrendingMaxAge && (s.trend.key == key || age < time.Second) {
		e := s.trend.entities
		s.trend.Unlock()
		return e, nil
	}
	s.trend.Unlock()
	recent, err := s.r.Stories(ctx, store.StoryQuery{Limit: s.o.TrendingStories})
	if err != nil {
		return nil, err
	}
	e := httpapi.Trending(recent, s.o.TrendingSize)
	s.trend.Lock()
	s.trend.key, s.trend.at, s.trend.entities = key, time.Now(), e
	s.trend.Unlock()
	return e, nil
}

// pages are the templates rendered as whole pages, each with the layout.
var pages = []string{"front", "story", "article", "search", "skipped", "error"}

// New returns the pages over r; store/sqlite.Store is one.
func New(o Options, r httpapi.Reader) (*Site, error) {
	s := &Site{o: o, r: r, tmpl: map[string]*template.Template{}, log: o.Logger, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	for _, p := range pages {
		t, err := template.New(p).Funcs(funcs()).ParseFS(templateFS, "templates/layout.html", "templates/"+p+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", p, err)
		}
		s.tmpl[p] = t
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("open static files: %w", err)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	s.mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Embedded files change only with the binary; an hour keeps a
		// restart's new CSS from waiting long.
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))
	s.mux.HandleFunc("GET /{$}", s.front)
	s.mux.HandleFunc("GET /stories/{id}", s.story)
	s.mux.HandleFunc("GET /articles/{id}", s.article)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /skipped", s.skipped)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, httpapi.NotFound("no such page"))
	})
	return s, nil
}

// ServeHTTP implements http.Handler, setting the security headers every
// page carries.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// render executes a page template into a buffer first, so a failure half
// way never sends half a page with a 200.
func (s *Site) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.ErrorContext(r.Context(), "render page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w) // the client went away; nothing to tell it
}

// errorPage is the data of the error template.
type errorPage struct {
	Title   string
	Status  int
	Message string
}

func (s *Site) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := httpapi.StatusOf(err)
	if status >= 500 {
		s.log.ErrorContext(r.Context(), "page failed", "path", r.URL.Path, "err", err)
	}
	s.render(w, r, status, "error", errorPage{Title: http.StatusText(status), Status: status, Message: msg})
}
