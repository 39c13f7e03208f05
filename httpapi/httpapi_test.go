package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/httpapi/apitest"
	"github.com/storyfold/storyfold/store/sqlite"
)

// seededStore opens a real SQLite store in a temp dir with the seed story.
func seededStore(t *testing.T) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := apitest.Seed(ctx, st, filepath.Join("..", "testdata", "seeds")); err != nil {
		t.Fatal(err)
	}
	return st
}

// get serves one request and decodes the JSON answer into out.
func get(t *testing.T, h http.Handler, path string, wantStatus int, out any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != wantStatus {
		t.Fatalf("GET %s: status %d, want %d; body %s", path, rec.Code, wantStatus, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: content type %q", path, ct)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'none'") {
		t.Fatalf("GET %s: security headers %v", path, rec.Header())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
		t.Fatalf("GET %s: decode %s: %v", path, rec.Body, err)
	}
}

func TestListStories(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	tests := []struct {
		path string
		want []string // story IDs in order
		next int
	}{
		{"/v1/stories", []string{apitest.SwissStory, apitest.TrumpStory, apitest.SeedStory}, 0},
		{"/v1/stories?order=covered", []string{apitest.SeedStory, apitest.SwissStory, apitest.TrumpStory}, 0},
		{"/v1/stories?limit=1", []string{apitest.SwissStory}, 1},
		{"/v1/stories?limit=1&offset=1", []string{apitest.TrumpStory}, 2},
		{"/v1/stories?entity=kursk", []string{apitest.SeedStory}, 0},
		{"/v1/stories?entity=Putin", []string{apitest.SwissStory, apitest.TrumpStory}, 0},
		{"/v1/stories?entity=Putin&limit=1", []string{apitest.SwissStory}, 1},
		{"/v1/stories?q=Shoigu", []string{apitest.SeedStory}, 0},
		{"/v1/stories?q=Switzerland+immunity", []string{apitest.SwissStory}, 0},
		{"/v1/stories?from=2025-08-01", []string{apitest.SwissStory, apitest.TrumpStory}, 0},
		{"/v1/stories?to=2025-06-16", []string{apitest.SeedStory}, 0},
		{"/v1/stories?to=2025-06-15", []string{apitest.SeedStory}, 0},
		{"/v1/stories?to=2025-06-14", nil, 0},
		{"/v1/stories?q=nothing+matches+this", nil, 0},
	}
	for _, tt := range tests {
		var page StoryPage
		get(t, api, tt.path, http.StatusOK, &page)
		var got []string
		for _, s := range page.Stories {
			got = append(got, s.ID)
		}
		if !slices.Equal(got, tt.want) || page.NextOffset != tt.next {
			t.Errorf("GET %s = %v next %d, want %v next %d", tt.path, got, page.NextOffset, tt.want, tt.next)
		}
	}
	var page StoryPage
	get(t, api, "/v1/stories?q=Kursk", http.StatusOK, &page)
	if s := page.Stories[0]; s.Articles != 5 || s.Sources != 4 || s.Copies != 1 {
		t.Errorf("seed story summary = %+v, want 5 articles, 4 sources, 1 copy", s)
	}
}

func TestBadRequests(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	for _, tt := range []struct {
		path   string
		status int
	}{
		{"/v1/stories?order=random", http.StatusBadRequest},
		{"/v1/stories?from=yesterday", http.StatusBadRequest},
		{"/v1/stories?limit=-3", http.StatusBadRequest},
		{"/v1/stories?offset=x", http.StatusBadRequest},
		{"/v1/search", http.StatusBadRequest},
		{"/v1/search?q=kursk&limit=many", http.StatusBadRequest},
		{"/v1/stories/does-not-exist", http.StatusNotFound},
		{"/v1/articles/does-not-exist", http.StatusNotFound},
		{"/v1/nothing-here", http.StatusNotFound},
	} {
		var e map[string]string
		get(t, api, tt.path, tt.status, &e)
		if e["error"] == "" {
			t.Errorf("GET %s: no error message in %v", tt.path, e)
		}
	}
}

func TestWrongMethod(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	for _, tt := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{http.MethodDelete, "/v1/stories/x", http.StatusMethodNotAllowed, "GET"},
		{http.MethodPut, "/v1/articles", http.StatusMethodNotAllowed, "POST"},
		{http.MethodPost, "/v1/stories", http.StatusMethodNotAllowed, "GET"},
		{http.MethodPost, "/v1/nothing", http.StatusNotFound, ""},
	} {
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
		if rec.Code != tt.status || rec.Header().Get("Allow") != tt.allow || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("%s %s: %d allow %q body %s", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), rec.Body)
		}
	}
}

func TestGetStory(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	var v StoryView
	get(t, api, "/v1/stories/"+apitest.SeedStory, http.StatusOK, &v)
	if len(v.Articles) != 5 || len(v.Timeline) != 5 {
		t.Fatalf("articles %d, timeline %d, want 5 and 5", len(v.Articles), len(v.Timeline))
	}
	if len(v.CopyGroups) != 1 || v.CopyGroups[0].Original != apitest.Independent ||
		!slices.Equal(v.CopyGroups[0].Copies, []string{apitest.IndependentRe}) {
		t.Errorf("copy groups = %+v", v.CopyGroups)
	}
	c := v.Claims[0]
	if c.Quantity == nil || c.Quantity.Value != 6000 || c.Confidence == nil || c.Confidence.Term != "highly likely" ||
		c.Status != "agree" || len(c.Mentions) != len(c.Sources) {
		t.Errorf("first claim = %+v", c)
	}
	for _, e := range []string{"North Korea", "Kursk"} {
		if !slices.Contains(v.Entities, e) {
			t.Errorf("entities %v lack %q", v.Entities, e)
		}
	}
	if len(v.Related) != 2 {
		t.Errorf("related = %+v, want the two neighbour stories", v.Related)
	}
}

func TestGetArticle(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	var a ArticleView
	get(t, api, "/v1/articles/"+apitest.IndependentRe, http.StatusOK, &a)
	if a.DuplicateOf != apitest.Independent || a.StoryID != apitest.SeedStory {
		t.Errorf("article decisions = %q, %q", a.DuplicateOf, a.StoryID)
	}
	if !strings.Contains(a.Body, "11,000 DPRK troops") || strings.Contains(a.Body, "Try Our AI Features") {
		t.Errorf("body is not the clean article: %q", a.Body)
	}
	if !slices.Contains(a.Removed, "Try Our AI Features") {
		t.Errorf("removed furniture %q lacks the AI banner", a.Removed)
	}
}

func TestSearch(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	var res struct {
		Hits []SearchHit `json:"hits"`
	}
	get(t, api, "/v1/search?q=Shoigu", http.StatusOK, &res)
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
		if strings.ContainsAny(h.Snippet, "\x02\x03") || len(h.Matches) == 0 {
			t.Errorf("hit %s: snippet %q matches %v", h.ID, h.Snippet, h.Matches)
		}
	}
	slices.Sort(ids)
	want := []string{apitest.IndependentRe, apitest.Independent, apitest.Bloomberg}
	slices.Sort(want)
	if !slices.Equal(ids, want) {
		t.Errorf("hits %v, want %v", ids, want)
	}
}

func TestSkips(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	var rep SkipReport
	get(t, api, "/v1/skips?limit=1", http.StatusOK, &rep)
	if rep.Counts["not_article"] != 1 || rep.Counts["binary"] != 1 || len(rep.Skips) != 1 || rep.Skips[0].InputID != "kursk-map.txt" {
		t.Errorf("skips = %+v", rep)
	}
	// The older skip, a section page, keeps the address and title it stated.
	get(t, api, "/v1/skips", http.StatusOK, &rep)
	if len(rep.Skips) != 2 || rep.Skips[1].URL != "https://daily8.example/world/" || rep.Skips[1].Title != "World news | Daily 8" {
		t.Errorf("skips = %+v, want the listing with its address and title", rep.Skips)
	}
}

func TestSplitSnippet(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		matches  []string
	}{
		{"plain", "plain", []string{}},
		{"a \x02Kursk\x03 b \x02kursk\x03 \x02Kursk\x03", "a Kursk b kursk Kursk", []string{"Kursk", "kursk"}},
		{"\x02x\x03", "x", []string{"x"}},
	} {
		text, m := SplitSnippet(tt.in)
		if text != tt.text || !slices.Equal(m, tt.matches) {
			t.Errorf("SplitSnippet(%q) = %q, %v", tt.in, text, m)
		}
	}
}

func TestHealthzAndMetrics(t *testing.T) {
	m := NewMetrics()
	api := New(DefaultOptions(), seededStore(t), &fakeIngester{}, m)
	h := Handler(api, nil, m)
	var health map[string]string
	get(t, h, "/healthz", http.StatusOK, &health)
	post(t, h, "", "{\"id\":\"x\"}\nnot json\n", http.StatusOK)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		"storyfold_stories 3\n",
		"storyfold_store_copies 1\n",
		`storyfold_store_skipped{reason="binary"} 1`,
		`storyfold_ingested_total{result="article"} 1`,
		`storyfold_ingested_total{result="skipped"} 1`,
		`storyfold_skipped_total{reason="malformed"} 1`,
		`storyfold_http_request_duration_seconds_count{route="GET /healthz"} 1`,
		`storyfold_http_request_duration_seconds_bucket{route="POST /v1/articles",le="+Inf"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("no nosniff header")
	}
}

func TestNeedsToken(t *testing.T) {
	for _, tt := range []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", false},
		{"localhost:8080", false},
		{"[::1]:8080", false},
		{"127.3.2.1:80", false},
		{":8080", true},
		{"0.0.0.0:8080", true},
		{"192.168.1.5:8080", true},
		{"example.com:80", true},
		{"garbage", true},
	} {
		if got := NeedsToken(tt.addr); got != tt.want {
			t.Errorf("NeedsToken(%q) = %v", tt.addr, got)
		}
	}
}

func TestRunRefusesOpenWrites(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), &fakeIngester{}, nil)
	o := DefaultServerOptions()
	o.Addr = "0.0.0.0:0"
	err := Run(context.Background(), o, api, api)
	if err == nil || !strings.Contains(err.Error(), "token") {
		t.Fatalf("Run on 0.0.0.0 without token: err = %v", err)
	}
}

func TestServeShutsDown(t *testing.T) {
	api := New(DefaultOptions(), seededStore(t), nil, nil)
	ln, err := (&netListen{}).listen(t)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, DefaultServerOptions(), ln, Handler(api, nil, nil)) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "ok") {
		t.Fatalf("healthz: %d %s", resp.StatusCode, b)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Serve after cancel: %v", err)
	}
}
