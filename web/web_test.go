package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/httpapi/apitest"
	"github.com/storyfold/storyfold/store/sqlite"
)

// testSite serves the pages over a real SQLite store with the seed story
// and the hostile story.
func testSite(t testing.TB) (*Site, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := apitest.Seed(ctx, st, filepath.Join("..", "testdata", "seeds")); err != nil {
		t.Fatal(err)
	}
	if err := apitest.Hostile(ctx, st); err != nil {
		t.Fatal(err)
	}
	s, err := New(DefaultOptions(), st)
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

func getPage(t *testing.T, h http.Handler, path string, want int) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != want {
		t.Fatalf("GET %s: status %d, want %d", path, rec.Code, want)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Fatalf("GET %s: CSP %q", path, csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("GET %s: no nosniff", path)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestPagesShowTheSeedStory(t *testing.T) {
	s, _ := testSite(t)
	tests := []struct {
		path     string
		status   int
		contains []string
	}{
		{"/", 200, []string{
			`href="/stories/` + apitest.SeedStory + `"`, "4 sources", "1 copy", `class="trending"`, `href="/?entity=Kursk"`,
			`<a href="/skipped">2 records skipped</a>`}},
		{"/skipped", 200, []string{"daily8-world.html", "not_article", "NUL bytes in the first 512",
			`<a class="ext" href="https://daily8.example/world/" rel="noopener noreferrer nofollow">World news | Daily 8</a>`}},
		{"/?entity=Putin", 200, []string{apitest.SwissStory, apitest.TrumpStory}},
		{"/?order=covered&limit=1", 200, []string{apitest.SeedStory, "older →"}},
		{"/stories/" + apitest.SeedStory, 200, []string{
			`class="ledger-table"`, "more than 6,000 casualties", "highly likely (80–90%)", "almost certainly (95–100%)",
			"copy of <a href=\"#source-1\">S1 The Independent</a>", "republished as <a href=\"#source-5\">S5</a>",
			`href="/articles/` + apitest.HuffPost + `#claim-1"`, "What each source alone adds", "<svg", "Passages shared word for word", "Related stories",
			"Switzerland offers Putin"}},
		{"/articles/" + apitest.IndependentRe, 200, []string{
			`id="claim-1"`, `id="claim-2"`, "<mark>", "Try Our AI Features", "Copy of", `href="https://daily8.example/`}},
		{"/articles/" + apitest.HuffPost, 200, []string{`<mark><span class="anchor" id="claim-1"></span><span class="anchor" id="claim-2"></span>`}},
		{"/search?q=Shoigu", 200, []string{"<mark>Shoigu</mark>", apitest.Bloomberg}},
		{"/stories/nope", 404, []string{"404"}},
		{"/articles/nope", 404, []string{"404"}},
		{"/no/such/page", 404, []string{"404"}},
		{"/?from=tomorrow", 400, []string{"400", "must be RFC 3339"}},
		{"/static/style.css", 200, []string{".ledger-table"}},
	}
	for _, tt := range tests {
		body := getPage(t, s, tt.path, tt.status)
		for _, want := range tt.contains {
			if !strings.Contains(body, want) {
				t.Errorf("GET %s lacks %q", tt.path, want)
			}
		}
	}
}

// Every claim cell on the story page must land on an anchor that exists on
// the article page it links to.
func TestLedgerLinksLand(t *testing.T) {
	s, _ := testSite(t)
	story := getPage(t, s, "/stories/"+apitest.SeedStory, 200)
	links := regexp.MustCompile(`href="/articles/([0-9a-f]+)#(claim-\d+)"`).FindAllStringSubmatch(story, -1)
	if len(links) < 15 {
		t.Fatalf("only %d ledger links", len(links))
	}
	for _, l := range links {
		art := getPage(t, s, "/articles/"+l[1], 200)
		if !strings.Contains(art, `id="`+l[2]+`"`) {
			t.Errorf("article %s has no anchor %s", l[1], l[2])
		}
	}
}

func TestHostileContentIsInert(t *testing.T) {
	s, _ := testSite(t)
	for _, path := range []string{"/", "/stories/" + apitest.HostileStory, "/articles/" + apitest.HostileID, "/search?q=Kursk"} {
		body := getPage(t, s, path, 200)
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<iframe", "<u>likely"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s renders %q as markup", path, bad)
			}
		}
		// html/template double-quotes every attribute value, so a tag's
		// attributes can be walked without an HTML parser.
		if m := eventAttr.FindString(body); m != "" {
			t.Errorf("GET %s has an inline event handler: %s", path, m)
		}
		for _, m := range linkAttr.FindAllStringSubmatch(body, -1) {
			if !regexp.MustCompile(`^(/|#|https?://)`).MatchString(m[2]) {
				t.Errorf("GET %s links to %s=%q", path, m[1], m[2])
			}
		}
		if strings.Contains(body, "<script>") || strings.Contains(body, "style=") {
			t.Errorf("GET %s has inline script or style", path)
		}
	}
	art := getPage(t, s, "/articles/"+apitest.HostileID, 200)
	if !strings.Contains(art, `<span class="not-a-link">javascript:alert(4)</span>`) {
		t.Errorf("javascript: URL is not shown as plain text")
	}
}

var (
	eventAttr = regexp.MustCompile(`(?i)<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+=`)
	linkAttr  = regexp.MustCompile(`(?i)\s(href|src|action|xlink:href)="([^"]*)"`)
)

func TestLinkURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://www.independent.co.uk/a.html", "https://www.independent.co.uk/a.html"},
		{"http://example.com", "http://example.com"},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"//evil.example/x", ""},
		{"/relative/path", ""},
		{"vbscript:x", ""},
		{"https://", ""},
		{"", ""},
	} {
		if got := linkURL(tt.in); got != tt.want {
			t.Errorf("linkURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
