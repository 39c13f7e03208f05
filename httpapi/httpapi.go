// Package httpapi is storyfold's JSON API under /v1 — stories, articles,
// full-text search and ingest — with /healthz and /metrics, and the
// Server that runs it beside the web pages with timeouts and graceful
// shutdown. It also builds the read models (StoryView, StorySummary,
// Trending) the web package renders, so the API and the pages show the
// same story the same way.
package httpapi

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
)

// StoryReader reads stories and articles.
type StoryReader interface {
	Stories(ctx context.Context, q store.StoryQuery) ([]news.Story, error)
	Story(ctx context.Context, id string) (news.Story, error)
	Article(ctx context.Context, id string) (store.ArticleRecord, error)
}

// ArticleSearcher runs full-text searches over articles.
type ArticleSearcher interface {
	SearchArticles(ctx context.Context, text string, limit int) ([]store.ArticleHit, error)
}

// Counter summarises the store, for /metrics.
type Counter interface {
	Counts(ctx context.Context) (store.Counts, error)
}

// SkipLister lists the records that were not made articles, newest first.
type SkipLister interface {
	Skips(ctx context.Context, limit int) ([]store.SkipRecord, error)
}

// Reader is everything the API reads; store/sqlite.Store implements it.
type Reader interface {
	StoryReader
	ArticleSearcher
	Counter
	SkipLister
}

// Ingester turns a JSON Lines stream of records (id, url, title, text or
// html, published, source) into articles and stories, answering each
// record's outcome. The pipeline implements it.
type Ingester interface {
	Ingest(ctx context.Context, r io.Reader) ([]news.Outcome, error)
}

// Options configure the API.
type Options struct {
	// Token, when set, must be sent as "Authorization: Bearer <token>" with
	// every write.
	Token string
	// RequireToken makes writes fail closed with 401 when Token is empty.
	// Set it when the server listens beyond loopback (see NeedsToken).
	RequireToken bool
	// MaxBodyBytes caps a write's body; larger bodies get 413.
	MaxBodyBytes int64
	// PageSize is the default and MaxPageSize the largest page of a list.
	PageSize, MaxPageSize int
	// Related is how many related stories a story view lists.
	Related int
	// Logger receives server-side failures; nil discards them.
	Logger *slog.Logger
}

// DefaultOptions returns the options storyfold serve starts from.
func DefaultOptions() Options {
	return Options{
		// 32 MiB holds a JSONL batch of a few thousand flattened pages (the
		// seeds average 5 KB); larger loads belong to `storyfold ingest`.
		MaxBodyBytes: 32 << 20,
		PageSize:     20,
		MaxPageSize:  200,
		Related:      5,
	}
}

// API serves the JSON API. Create it with New.
type API struct {
	o       Options
	r       Reader
	in      Ingester
	metrics *Metrics
	log     *slog.Logger
	mux     *http.ServeMux
}

// New returns the API over r. in may be nil for a read-only server, whose
// writes answer 503; m may be nil to keep no metrics.
func New(o Options, r Reader, in Ingester, m *Metrics) *API {
	if m == nil {
		m = NewMetrics()
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &API{o: o, r: r, in: in, metrics: m, log: log, mux: http.NewServeMux()}
	a.mux.HandleFunc("GET /v1/stories", a.listStories)
	a.mux.HandleFunc("GET /v1/stories/{id}", a.getStory)
	a.mux.HandleFunc("GET /v1/articles/{id}", a.getArticle)
	a.mux.HandleFunc("POST /v1/articles", a.postArticles)
	a.mux.HandleFunc("GET /v1/search", a.search)
	a.mux.HandleFunc("GET /v1/skips", a.skips)
	a.mux.HandleFunc("GET /healthz", a.healthz)
	a.mux.HandleFunc("GET /metrics", a.serveMetrics)
	a.mux.HandleFunc("/v1/", a.noRoute)
	return a
}

// noRoute answers paths under /v1/ that no route takes: 405 with Allow
// when the path exists under another method, else 404, both as JSON.
func (a *API) noRoute(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := a.mux.Handler(probe); pattern != "" && pattern != "/v1/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method not allowed"})
		return
	}
	writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such endpoint"})
}

// ServeHTTP implements http.Handler. JSON answers carry a policy that lets
// a browser which opens one run or load nothing.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	a.mux.ServeHTTP(w, r)
}

// Routes are the path patterns the API answers, for mounting it in a mux.
func (a *API) Routes() []string { return []string{"/v1/", "/healthz", "/metrics"} }

func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) { writeError(w, r, a.log, err) }

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := a.r.Counts(ctx); err != nil {
		a.log.ErrorContext(ctx, "health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "store unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *API) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	if err := a.metrics.Write(r.Context(), w, a.r); err != nil {
		a.fail(w, r, err)
	}
}

// intParam reads a non-negative integer query parameter, def when absent.
func intParam(r *http.Request, name string, def int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, BadRequest(name + " must be a non-negative integer")
	}
	return n, nil
}
