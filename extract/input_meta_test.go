package extract

import (
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// What the input states about a page (a JSONL record's title and date)
// wins over what extraction guesses from the page's lines.
func TestInputMetadataWins(t *testing.T) {
	page := "Home | World | Sport\n" +
		"A headline the page shows\n" +
		"June 3, 2024\n" +
		"The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supporting piers, officials said.\n" +
		"Repairs are expected to take at least six months and cost more than 2 million dollars, according to the city's transport department.\n"
	day := time.Date(2024, 6, 4, 9, 30, 0, 0, time.UTC)
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "x", Format: news.FormatText, Content: []byte(page),
		Title: "  Council closes old bridge after cracks found ", Published: day})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council closes old bridge after cracks found" {
		t.Errorf("Title = %q, want the input's", a.Title)
	}
	if !a.Published.Equal(day) {
		t.Errorf("Published = %v, want the input's %v", a.Published, day)
	}
}
