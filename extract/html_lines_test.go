package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLTextBlocksLinesMatchSearch holds the line flag of the blocks
// the HTML path builds for the flattened-text readings (textBlock.lines)
// to a search for a line break in their text: the byline's blocks
// (visibleBylineBlocks, read and bare) and the apparatus's
// (htmlTextBlocks), over the test pages under testdata/extract/html and
// invented pages whose blocks hold breaks (<br>, <pre>). The readings
// that trust the flag (textOpensBylineLine, textIsBreadcrumb,
// textIsMenuEntry …) would read a block holding one as one line.
func TestHTMLTextBlocksLinesMatchSearch(t *testing.T) {
	docs := []string{
		"<body><h1>Council votes</h1><p>By Ann Lee<br>March 3, 2025</p><p>The council met.</p></body>",
		"<body><pre>line one\nline two</pre><p>Home<br>News<br>Local</p><div>One<br><br>Two</div></body>",
	}
	_, files := globFiles(t, filepath.Join("..", "testdata", "extract", "html", "*.html"))
	for _, b := range files {
		docs = append(docs, string(b))
	}
	broken := 0
	for _, doc := range docs {
		root, err := html.Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		page := renderBlocks(root)
		for name, tb := range map[string][]textBlock{
			"visibleBylineBlocks (read)": visibleBylineBlocks(page, 0, len(page)),
			"visibleBylineBlocks (bare)": visibleBylineBlocks(page, 0, 0),
			"htmlTextBlocks":             htmlTextBlocks(page),
		} {
			for _, b := range tb {
				want := strings.Contains(b.text, "\n")
				if b.lines != want {
					t.Fatalf("%s: block %q: lines %v, searched %v", name, b.text, b.lines, want)
				}
				broken += textBool(want)
			}
		}
	}
	if broken == 0 {
		t.Fatal("no block holds a line break: the comparison tests nothing")
	}
}
