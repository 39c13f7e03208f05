// Package browsertest starts the headless chromium the browser tests of
// web and cmd/storyfold drive, or skips the test when none is installed.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path finds the browser: $STORYFOLD_CHROMIUM, /usr/bin/chromium, or
// chromium on the PATH; "" when there is none.
func Path() string {
	for _, p := range []string{os.Getenv("STORYFOLD_CHROMIUM"), "/usr/bin/chromium"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// Tab starts headless chromium (no sandbox, background networking off) with
// a window of 1280×900 and returns a context for one tab, closed when the
// test ends. It skips the test when no chromium is installed.
func Tab(t testing.TB) context.Context {
	t.Helper()
	exe := Path()
	if exe == "" {
		t.Skip("no chromium: install it (apt-get install -y chromium) or set STORYFOLD_CHROMIUM to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true), chromedp.WindowSize(1280, 900))
	// A bound for a hung browser, not a timing assertion.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium %s: %v", exe, err)
	}
	return ctx
}
