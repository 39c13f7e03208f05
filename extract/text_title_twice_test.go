package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextTitleDoubledOver: through Extract, with and without a URL, a
// headline stated twice in a row over its dek, the dek right over the
// body, is the title, and the body is the story's; a headline stated
// once, a one-word label stated twice and a doubled line with another
// line between it and the dek leave the dek.
func TestTextTitleDoubledOver(t *testing.T) {
	const (
		head = "Harbour walks"
		dek  = "Eleven harbours, one cliff path and the two ferries between them"
	)
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"stated twice", []string{head, head, dek}, head},
		{"stated once", []string{"Photo", head, dek}, dek},
		{"one-word label twice", []string{"Walks", "Walks", dek}, dek},
		{"a line between", []string{head, head, "Print", dek}, dek},
	} {
		for _, url := range []string{"", "https://coast.example/p/4821"} {
			lines := textTitleDatedPage(c.head...)
			page := news.Page{URL: url, Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))}
			a, err := New(DefaultOptions()).Extract(page)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.want || !strings.Contains(a.Body, "eleven harbours") || strings.Contains(a.Body, dek) {
				t.Errorf("%s (url %q): title = %q, want %q; body %q", c.name, url, a.Title, c.want, a.Body)
			}
		}
	}
}
