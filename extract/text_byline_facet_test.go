package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextFacetName checks that a catalogue's facet heading over the
// headline ("By Event Type", wcxb-dev 0049; "By Company Size", 4255)
// names no writer, nor one noun alone ("By State", 4588), while a
// writer's "By" line and a team's still do.
func TestTextFacetName(t *testing.T) {
	const foot = "Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ line, want string }{
		{"By Event Type", ""},
		{"By Company Size", ""},
		{"By State", ""}, // a facet noun alone (4588)
		{"By Maren Solberg", "Maren Solberg"},
		{"By Harbour Desk Team", "Harbour Desk Team"},
	} {
		page := "Home\nSolutions\n" + tt.line + "\nHarbour Ferries Return for Winter\nMarch 4, 2025\n" + textFerriesParas + foot
		if got := textFerriesAuthor(t, page); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Event Type", true},
		{"Industry", true},
		{"Ann Price", false},  // a surname, left out of textFacetNouns
		{"State", true},       // a facet noun alone (textFacetAlone)
		{"Penn State", false}, // a college's name ends in it
		{"Harbour Desk Team", false},
		{"Ben Lund, 10+ Years in the Moving Industry", false}, // a job after a comma (0072)
		{"Head of the Moving Industry", false},
		{"", false},
	} {
		if got := textIsFacetName(tt.name); got != tt.want {
			t.Errorf("textIsFacetName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTextNotTitle checks textNotTitle's cases: the page's title, in
// any case, is no name.
func TestTextNotTitle(t *testing.T) {
	const head = "Harbour Ferries Return for Winter"
	for _, tt := range []struct{ name, title, want string }{
		{head, head, ""},
		{"harbour ferries return for winter", head, ""},
		{"Maren Solberg", head, "Maren Solberg"},
		{"", "", ""},
	} {
		if got := textNotTitle(tt.name, tt.title); got != tt.want {
			t.Errorf("textNotTitle(%q, %q) = %q, want %q", tt.name, tt.title, got, tt.want)
		}
	}
}

// TestTextNoFieldAuthorsWithoutURL reads the three wcxb-dev pages whose
// fields were read as names without the URL (0049 "Event Type", 0228
// the headline's repeat, 4255 "Company Size"): none names a writer now.
func TestTextNoFieldAuthorsWithoutURL(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev", "flat"))
	for _, id := range []string{"0049", "0228", "4255"} {
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := New(DefaultOptions()).Extract(news.Page{Format: news.FormatText, Content: text})
		if err != nil {
			t.Fatal(err)
		}
		if a.Author != "" {
			t.Errorf("%s without the URL: author %q, want none", id, a.Author)
		}
	}
}
