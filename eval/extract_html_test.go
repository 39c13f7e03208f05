package eval

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/storyfold/storyfold/extract"
	"github.com/storyfold/storyfold/news"
)

// TestWCXBHTMLCompare prints three HTML-mode reports on wcxb-dev for
// docs/quality.md: plain go-trafilatura (the baseline), storyfold's HTML
// path keeping every page (bodies compared on every page type), and
// storyfold as it runs (non-articles skipped). It takes minutes, so it
// runs only with STORYFOLD_HTML_COMPARE=1; it fails only on errors.
func TestWCXBHTMLCompare(t *testing.T) {
	if os.Getenv("STORYFOLD_HTML_COMPARE") == "" {
		t.Skip("set STORYFOLD_HTML_COMPARE=1 to compare HTML extraction with go-trafilatura")
	}
	set := extractDataSet(t)
	for _, c := range []struct {
		name        string
		plain, keep bool
	}{{"go-trafilatura", true, true}, {"storyfold, every page kept", false, true}, {"storyfold", false, false}} {
		o := DefaultExtractOptions(set)
		o.Mode, o.Workers, o.Worst = news.FormatHTML, 2, 0
		xo := extract.DefaultOptions()
		xo.Format, xo.HTMLPlain, xo.KeepNonArticles = news.FormatHTML, c.plain, c.keep
		r, err := Extract(context.Background(), extract.New(xo), o)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s:\n%s", c.name, b.String())
		if r.Errors != 0 {
			t.Errorf("%s: %d pages failed with errors", c.name, r.Errors)
		}
	}
}
