package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

func TestIsImageSourceLine(t *testing.T) {
	for _, c := range []struct {
		name, doc, line string
		want            bool
	}{
		{"a bare source link under its picture",
			`<div><p><img src="a.png"></p><p><a href="https://x.example">Source</a></p></div>`, "Source", true},
		{"a chart's source in the picture's own element",
			`<div><p><img src="c.png"><br>Source: www.backlinko.com</p></div>`, "Source: www.backlinko.com", true},
		{"a source under a <picture>",
			`<div><figure><picture><img src="c.png"></picture></figure><p>Source: G2</p></div>`, "Source: G2", true},
		{"no picture before it",
			`<div><p>The survey ran in May.</p><p>Source: company filings</p></div>`, "Source: company filings", false},
		{"a picture two elements up",
			`<div><p><img src="a.png"></p><p>Read on.</p><p>Source: Statista</p></div>`, "Source: Statista", false},
		{"a sentence that opens with the word",
			`<div><p><img src="a.png"></p><p>Source code for the tool is on GitHub under the MIT licence, with tests.</p></div>`,
			"Source code for the tool is on GitHub under the MIT licence, with tests.", false},
		{"a subhead about sources",
			`<div><p><img src="a.png"></p><p>Sources</p></div>`, "Sources", false},
	} {
		root, err := parsePage(c.doc)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range renderBlocks(root) {
			if b.text != c.line {
				continue
			}
			found = true
			if got := isImageSourceLine(b, textnorm.Words(b.text)); got != c.want {
				t.Errorf("%s: isImageSourceLine(%q) = %v, want %v", c.name, b.text, got, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no block %q among the rendered blocks", c.name, c.line)
		}
	}
}

// TestHTMLImageSourceLineWCXB holds a picture's source lines out of two
// articles' bodies and the prose around them in.
func TestHTMLImageSourceLineWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct {
		id, in, out string
	}{
		{"1806", "Good examples are console games that indicate possible actions.", "\n\nSource\n\n"},
		{"0171", "if you rank first in Google's organic search", "Source: www.backlinko.com"},
		{"0352", "Continuously monitor and fine-tune your edge computing setup", "Source: G2"},
	} {
		a := extractWCXBHTML(t, x, dir, c.id)
		if !strings.Contains(a.Body, c.in) {
			t.Errorf("%s: body lacks %q", c.id, c.in)
		}
		if strings.Contains(a.Body, c.out) {
			t.Errorf("%s: body keeps %q", c.id, c.out)
		}
	}
}
