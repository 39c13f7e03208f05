package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextCitationOverHistoryPage checks, through Extract, that a
// journal archive's page whose review history is the date nearest the
// body takes its own citation line's date from above (4063's shape),
// and keeps the history's date with no citation line, or when the line
// above cites another way.
func TestTextCitationOverHistoryPage(t *testing.T) {
	page := func(citation string) []byte {
		lines := []string{"Search in PMC", "Harbour Stud J", citation, "Search in PubMed", "View in NLM Catalog", "Add to search",
			"Maren Solberg", "Author information", "Article notes", "Copyright and License information",
			"Received 2024 Mar 18; Revised 2024 May 2; Accepted 2024 May 7; Issue date 2024 Jun.", "Abstract"}
		return []byte(strings.Join(append(lines, textBoathouseParas...), "\n"))
	}
	x := New(DefaultOptions())
	for _, tt := range []struct{ name, citation, want string }{
		{"the citation line above", ". 2024 Jun 30;28(2):43–51. doi: 10.20463/hsj.2024.0015", "2024-06-30"},
		{"no citation line", "Volume 28, Issue 2", "2024-03-18"},
		{"a citation without its volume", ". 2024 Jun 30. doi: 10.20463/hsj.2024.0015", "2024-03-18"},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: page(tt.citation)})
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDay(a); got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}
