package web

import (
	"context"
	"flag"
	"iter"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/storyfold/storyfold/httpapi"
	"github.com/storyfold/storyfold/httpapi/apitest"
	"github.com/storyfold/storyfold/internal/browsertest"
)

var update = flag.Bool("update", false, "rewrite the screenshots in testdata/screens")

// browser is a headless chromium tab pointed at a real server on loopback,
// recording every JavaScript dialog and uncaught exception.
type browser struct {
	ctx  context.Context
	base string

	mu         sync.Mutex
	dialogs    []string
	exceptions []string
	// errors are the console's error entries: CSP violations, failed loads.
	errors []string
}

func newBrowser(t *testing.T) *browser {
	site, st := testSite(t)
	m := httpapi.NewMetrics()
	srv := httptest.NewServer(httpapi.Handler(httpapi.New(httpapi.DefaultOptions(), st, nil, m), site, m))
	t.Cleanup(srv.Close)

	ctx := browsertest.Tab(t)
	b := &browser{ctx: ctx, base: srv.URL}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	logs := chromedp.Events(ctx, cdplog.EntryAdded)
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("enable console log: %v", err)
	}
	go b.watchDialogs(dialogs)
	go func() {
		for ev, err := range logs {
			if err != nil {
				return
			}
			if ev.Entry != nil && ev.Entry.Level == cdplog.EntryLevelError {
				b.mu.Lock()
				b.errors = append(b.errors, ev.Entry.Text+" "+ev.Entry.URL)
				b.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.exceptions = append(b.exceptions, ev.ExceptionDetails.Text)
			b.mu.Unlock()
		}
	}()
	return b
}

func (b *browser) watchDialogs(dialogs iter.Seq2[page.EventJavascriptDialogOpening, error]) {
	for ev, err := range dialogs {
		if err != nil {
			return
		}
		b.mu.Lock()
		b.dialogs = append(b.dialogs, ev.Message)
		b.mu.Unlock()
		_, _ = chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	}
}

// eval runs a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// screenshot writes the whole page to testdata/screens/name.png with -update.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	b.capture(t, name, chromedp.FullScreenshot(100))
}

// viewShot is screenshot of the viewport only, for phone-width pages that
// would be too tall to review whole.
func (b *browser) viewShot(t *testing.T, name string) {
	t.Helper()
	b.capture(t, name, chromedp.CaptureScreenshot())
}

func (b *browser) capture(t *testing.T, name string, shot chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if !*update {
		return
	}
	path := filepath.Join("..", "testdata", "screens", name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowserSeedStory(t *testing.T) {
	b := newBrowser(t)
	b.do(t, chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(".stories"))
	b.screenshot(t, "front")
	if n := eval[int](t, b, `document.querySelectorAll('.trending li').length`); n < 3 {
		t.Errorf("trending bar has %d entities", n)
	}

	b.do(t, chromedp.Click(`a.headline[href="/stories/`+apitest.SeedStory+`"]`), chromedp.WaitVisible(".ledger-table"))
	if n := eval[int](t, b, `document.querySelectorAll('.ledger-table tbody tr').length`); n != 9 {
		t.Errorf("ledger has %d claim rows, want 9", n)
	}
	if n := eval[int](t, b, `document.querySelectorAll('.ledger-table thead th.src-col').length`); n != 5 {
		t.Errorf("ledger has %d source columns, want 5", n)
	}
	copyMark := eval[string](t, b, `document.querySelector('#source-5 .copy-mark').innerText`)
	if !strings.Contains(copyMark, "copy of") || !strings.Contains(copyMark, "S1") {
		t.Errorf("S5 copy mark = %q", copyMark)
	}
	if n := eval[int](t, b, `document.querySelectorAll('svg.chart circle.dot.copy').length`); n != 1 {
		t.Errorf("timeline draws %d copies, want 1", n)
	}
	// The page script runs under the CSP: focusing a cell shows its sentence.
	cell := `td.present a[href="/articles/` + apitest.HuffPost + `#claim-1"]`
	b.do(t, chromedp.Focus(cell), chromedp.WaitVisible("#ledger-sentence"))
	if s := eval[string](t, b, `document.getElementById('ledger-sentence').innerText`); !strings.Contains(s, "6,000 casualties") {
		t.Errorf("ledger sentence = %q", s)
	}
	b.screenshot(t, "story")

	// Follow the claim to the sentence in the source.
	b.do(t, chromedp.Click(cell), chromedp.WaitVisible(".article-page"))
	target := eval[string](t, b, `(document.querySelector(':target') || {}).id || ''`)
	marked := eval[string](t, b, `document.querySelector(':target').closest('mark').innerText`)
	highlighted := eval[bool](t, b, `getComputedStyle(document.querySelector(':target').closest('mark')).outlineStyle === 'solid'`)
	if target != "claim-1" || !highlighted || !strings.Contains(marked, "more than 6,000 casualties") {
		t.Errorf("claim link landed on #%s, marked %q", target, marked)
	}
	if n := eval[int](t, b, `document.querySelectorAll('.removed li').length`); n == 0 {
		t.Errorf("no removed furniture shown")
	}
	b.screenshot(t, "article")

	b.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(b.base+"/stories/"+apitest.SeedStory), chromedp.WaitVisible(".ledger-table"))
	if over := eval[bool](t, b, `document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`); over {
		t.Errorf("story page scrolls sideways at phone width")
	}
	b.viewShot(t, "story-phone")
	b.do(t, chromedp.ScrollIntoView(".ledger h2"))
	b.viewShot(t, "story-phone-ledger")
	b.checkQuiet(t)
}

func TestBrowserHostileContent(t *testing.T) {
	b := newBrowser(t)
	for _, path := range []string{"/", "/stories/" + apitest.HostileStory, "/articles/" + apitest.HostileID} {
		b.do(t, chromedp.Navigate(b.base+path), chromedp.WaitVisible("main"))
		text := eval[string](t, b, `document.querySelector('main').innerText`)
		want := []string{"<script>document.title="}
		if path != "/" {
			want = append(want, apitest.HostilePublisher)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text %q not visible", path, w)
			}
		}
		if title := eval[string](t, b, `document.title`); strings.HasPrefix(title, "pwned") {
			t.Errorf("%s: script ran and set the title", path)
		}
		if n := eval[int](t, b, `document.scripts.length`); n != 1 {
			t.Errorf("%s: %d script elements, want only app.js", path, n)
		}
		handlers := eval[int](t, b, `[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length`)
		if handlers != 0 {
			t.Errorf("%s: %d elements carry event handlers", path, handlers)
		}
		if n := eval[int](t, b, `document.querySelectorAll('a[href^="javascript:" i], main img, main iframe, main svg:not(.chart)').length`); n != 0 {
			t.Errorf("%s: %d hostile elements in the page", path, n)
		}
		if path == "/stories/"+apitest.HostileStory {
			b.screenshot(t, "hostile-story")
		}
	}
	if text := eval[string](t, b, `document.querySelector('.not-a-link').innerText`); text != apitest.HostileURL {
		t.Errorf("javascript: URL shown as %q", text)
	}
	b.screenshot(t, "hostile-article")
	b.checkQuiet(t)
}

// checkQuiet fails the test if any page opened a dialog, threw, or logged
// an error such as a Content-Security-Policy violation.
func (b *browser) checkQuiet(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		t.Errorf("pages opened dialogs: %q", b.dialogs)
	}
	if len(b.exceptions) > 0 {
		t.Errorf("pages threw: %q", b.exceptions)
	}
	if len(b.errors) > 0 {
		t.Errorf("console errors (CSP violations, failed loads): %q", b.errors)
	}
}
