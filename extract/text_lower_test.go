package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTextLowerOnPage holds the search to its definition, the set of the
// page's words written in lower case, on every word of the seed pages in
// its lower-case and capitalised forms, and on words the pages glue to
// punctuation or hold only inside longer words.
func TestTextLowerOnPage(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("seeds: %v (%d files)", err, len(paths))
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		blocks := textSplitBlocks(string(b))
		set := map[string]bool{}
		var asked []string
		for i := range blocks {
			for _, w := range strings.Fields(blocks[i].text) {
				asked = append(asked, strings.ToLower(w), strings.Trim(strings.ToLower(w), textWordPunct))
				w = strings.Trim(w, textWordPunct)
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					set[w] = true
				}
				if len(w) > 4 {
					asked = append(asked, strings.ToLower(w[1:len(w)-1]))
				}
			}
		}
		for _, w := range asked {
			if got := textLowerOnPage(w, blocks); got != set[w] {
				t.Fatalf("%s: %q on the page in lower case: got %v, want %v", filepath.Base(path), w, got, set[w])
			}
		}
	}
}
