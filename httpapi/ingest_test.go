package httpapi

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// fakeIngester answers one outcome per line it reads: a skip for lines
// that are not JSON objects. It tests the HTTP layer only (status codes,
// limits, token, body normalisation); the pipeline has its own tests.
type fakeIngester struct {
	lines []string
	err   error
}

func (f *fakeIngester) Ingest(ctx context.Context, r io.Reader) ([]news.Outcome, error) {
	if f.err != nil {
		return nil, f.err
	}
	var outs []news.Outcome
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		f.lines = append(f.lines, line)
		var rec struct{ ID string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			outs = append(outs, news.Outcome{InputID: line, Skip: news.Skipf(news.SkipMalformed, "%v", err)})
			continue
		}
		outs = append(outs, news.Outcome{PageID: "p-" + rec.ID, InputID: rec.ID, StoryID: "s1"})
	}
	return outs, sc.Err()
}

func post(t *testing.T, h http.Handler, token, body string, want int) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/v1/articles", strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != want {
		t.Fatalf("POST %q: status %d, want %d; body %s", body, rec.Code, want, rec.Body)
	}
	return rec
}

func TestPostArticles(t *testing.T) {
	st := seededStore(t)
	tests := []struct {
		name, body string
		wantLines  []string
		status     int
		skipped    int
	}{
		{"one object", `{"id":"a","text":"x"}`, []string{`{"id":"a","text":"x"}`}, 200, 0},
		{"pretty object", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n", []string{`{"id":"a","text":"x"}`}, 200, 0},
		{"array", `[{"id":"a"}, {"id":"b"}]`, []string{`{"id":"a"}`, `{"id":"b"}`}, 200, 0},
		{"jsonl with a bad line", "{\"id\":\"a\"}\nnot json\n{\"id\":\"b\"}\n",
			[]string{`{"id":"a"}`, "not json", `{"id":"b"}`}, 200, 1},
		{"empty", "  \n", nil, 400, 0},
		{"a bare string", `"hello"`, nil, 400, 0},
	}
	for _, tt := range tests {
		in := &fakeIngester{}
		api := New(DefaultOptions(), st, in, nil)
		rec := post(t, api, "", tt.body, tt.status)
		if tt.status != 200 {
			continue
		}
		if strings.Join(in.lines, "|") != strings.Join(tt.wantLines, "|") {
			t.Errorf("%s: ingester read %q, want %q", tt.name, in.lines, tt.wantLines)
		}
		var res IngestResult
		if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Outcomes) != len(tt.wantLines) || res.Skipped != tt.skipped {
			t.Errorf("%s: result %+v", tt.name, res)
		}
	}
}

func TestPostLimitsAndAuth(t *testing.T) {
	st := seededStore(t)
	small := DefaultOptions()
	small.MaxBodyBytes = 64
	open := DefaultOptions()
	open.RequireToken = true
	withToken := open
	withToken.Token = "s3cret"
	big := `{"id":"a","text":"` + strings.Repeat("x", 100) + `"}`
	tests := []struct {
		name   string
		o      Options
		in     Ingester
		token  string
		body   string
		status int
	}{
		{"over the cap", small, &fakeIngester{}, "", big, http.StatusRequestEntityTooLarge},
		{"under the cap", small, &fakeIngester{}, "", `{"id":"a"}`, http.StatusOK},
		{"token required, none set", open, &fakeIngester{}, "", `{"id":"a"}`, http.StatusUnauthorized},
		{"token required, none set, one sent", open, &fakeIngester{}, "guess", `{"id":"a"}`, http.StatusUnauthorized},
		{"wrong token", withToken, &fakeIngester{}, "s3cre", `{"id":"a"}`, http.StatusUnauthorized},
		{"right token", withToken, &fakeIngester{}, "s3cret", `{"id":"a"}`, http.StatusOK},
		{"read-only server", DefaultOptions(), nil, "", `{"id":"a"}`, http.StatusServiceUnavailable},
		{"ingester fails", DefaultOptions(), &fakeIngester{err: errors.New("disk full")}, "", `{"id":"a"}`, http.StatusInternalServerError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := post(t, New(tt.o, st, tt.in, nil), tt.token, tt.body, tt.status)
			var e map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
				t.Fatalf("answer is not JSON: %s", rec.Body)
			}
			if tt.status != http.StatusOK && (e["error"] == nil || strings.Contains(e["error"].(string), "disk")) {
				t.Errorf("error answer %v: want a message that hides internals", e)
			}
		})
	}
}

// netListen opens a loopback listener on a free port.
type netListen struct{}

func (netListen) listen(t *testing.T) (net.Listener, error) {
	t.Helper()
	return net.Listen("tcp", "127.0.0.1:0")
}

// A chunked body has no Content-Length; the cap must hold while reading.
func TestPostChunkedOverCap(t *testing.T) {
	o := DefaultOptions()
	o.MaxBodyBytes = 64
	in := &fakeIngester{}
	api := New(o, seededStore(t), in, nil)
	req := httptest.NewRequest(http.MethodPost, "/v1/articles", io.MultiReader(strings.NewReader(`{"id":"a","text":"`),
		strings.NewReader(strings.Repeat("x", 200)+`"}`)))
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || len(in.lines) != 0 {
		t.Fatalf("status %d, ingester read %d lines", rec.Code, len(in.lines))
	}
}
