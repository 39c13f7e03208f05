package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/storyfold/storyfold/internal/browsertest"
)

var updateScreens = flag.Bool("update-screens", false, "rewrite testdata/screens/demo-story.png")

// TestDemoInBrowser is the README's main command as a new user meets it:
// `storyfold demo` ingests the bundled seed pages through every stage and
// serves them; in a real browser the front page lists the seed story, the
// story page shows the copy and a claim ledger built by the claims stage
// (not a fixture), and a ledger cell leads to the sentence in its source.
func TestDemoInBrowser(t *testing.T) {
	bctx := browsertest.Tab(t)
	addr := freeAddr(t)
	ctx, stop := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- runDemo(ctx, filepath.Join(t.TempDir(), "demo.db"), addr, &out, io.Discard) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("demo: %v", err)
		}
	})
	base := "http://" + addr
	waitHealthy(t, base, done)
	if !strings.Contains(out.String(), "Open "+base+"/stories/") {
		t.Errorf("demo does not say where to look:\n%s", out.String())
	}

	js := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	err := chromedp.Do(bctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`a[href^="/stories/"]`),
		chromedp.Click(`a[href^="/stories/"]`),
		chromedp.WaitVisible(`table.ledger-table`),
	)
	if err != nil {
		t.Fatalf("open the story from the front page: %v", err)
	}
	if h := js(`document.querySelector('h1').innerText`); !strings.Contains(h, "6,000") {
		t.Errorf("headline %q", h)
	}
	ledger := js(`document.querySelector('table.ledger-table').innerText`)
	for _, want := range []string{"6,000", "11,000", "3,000", "UK Ministry of Defence", "highly likely", "almost certainly", "No evidence was provided", "unable to independently verify"} {
		if !strings.Contains(ledger, want) {
			t.Errorf("ledger lacks %q:\n%s", want, ledger)
		}
	}
	if m := js(`[...document.querySelectorAll('.copy-mark')].map(e => e.innerText).join(' | ')`); !strings.Contains(m, "copy of") {
		t.Errorf("no copy marking: %q", m)
	}
	if l := js(`document.querySelector('.source-list').innerText`); strings.Contains(l, "(untitled)") {
		t.Errorf("a source is listed untitled although its copy has a headline:\n%s", l)
	}
	if n := js(`String(document.querySelectorAll('#ledger-1 td.present a').length)`); n != "5" {
		t.Errorf("the first claim links to %s sources, want the five that report 6,000 casualties", n)
	}
	if *updateScreens {
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "..", "testdata", "screens", "demo-story.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Follow the first claim's first cell to its source's sentence.
	if err := chromedp.Do(bctx, chromedp.Click(`#ledger-1 td.present a`), chromedp.WaitVisible(`.article-page`)); err != nil {
		t.Fatalf("follow a ledger cell: %v", err)
	}
	target := js(`(document.querySelector(':target') || {}).id || ''`)
	marked := js(`((document.querySelector(':target') || document.body).closest('mark') || {}).innerText || ''`)
	if !strings.HasPrefix(target, "claim-") || !strings.Contains(marked, "6,000") {
		t.Errorf("ledger cell led to #%s, marked sentence %q; want the 6,000 sentence", target, marked)
	}
}

// waitHealthy waits until the server at base answers /healthz, or fails
// when the server returns first.
func waitHealthy(t *testing.T, base string, done <-chan error) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("demo ended before serving: %v", err)
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
	}
	t.Fatalf("demo did not serve on %s", base)
}
