package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// storyListPage is an invented guide with a list of links at LIST and,
// when TAIL is a paragraph, the story going on under it.
const storyListPage = `<article><h2>Where to learn knots</h2>
<p>The harbour master says every new crew member should know six knots before the season opens in May.</p>
LIST
TAIL</article>`

const storyTail = `<p>Most of the courses run on weekday evenings, and the harbour office keeps a few places free for crews who join late in the season.</p>`

func storyListBlocks(t *testing.T, list, tail string) []block {
	t.Helper()
	root, err := html.Parse(strings.NewReader(strings.NewReplacer("LIST", list, "TAIL", tail).Replace(storyListPage)))
	if err != nil {
		t.Fatal(err)
	}
	return renderBlocks(root)
}

func TestStoryLinkList(t *testing.T) {
	courses := `<ul><li><a href="https://knots.example/beginners">Knots for Beginners</a></li>
<li><a href="https://knots.example/tides">Reading the Tides</a></li>
<li><a href="https://nets.example/mending">Net Mending</a></li>
<li><a href="https://pilots.example/harbour">Harbour Pilotage</a></li></ul>`
	contents := `<ul><li><a href="#beginners">Knots for Beginners</a></li>
<li><a href="#tides">Reading the Tides</a></li>
<li><a href="#mending">Net Mending</a></li>
<li><a href="#pilotage">Harbour Pilotage</a></li></ul>`
	stars := `<ul><li><a href="/rate/1">1</a></li><li><a href="/rate/2">2</a></li>
<li><a href="/rate/3">3</a></li><li><a href="/rate/4">4</a></li><li><a href="/rate/5">5</a></li></ul>`
	tests := []struct {
		name, list, tail, mark string
		stated, keep           bool
	}{
		{"courses inside the story", courses, storyTail, "- Net Mending", true, true},
		{"not a stated article", courses, storyTail, "- Net Mending", false, false},
		{"the body ends on it", courses, "", "- Net Mending", true, false},
		{"a short line under it", courses, `<p>Book by the end of the month.</p>`, "- Net Mending", true, false},
		{"contents by anchor", contents, storyTail, "- Net Mending", true, false},
		{"a star rating", stars, storyTail, "- 3", true, false},
	}
	for _, tt := range tests {
		bs := storyListBlocks(t, tt.list, tt.tail)
		got := dropLinkListsOn(bs, tt.stated)
		if kept := strings.Contains(joinBlocks(got), tt.mark); kept != tt.keep {
			t.Errorf("%s: list kept %v, want %v", tt.name, kept, tt.keep)
		}
	}
	// Items that repeat the story's subheads are its contents, linked or not.
	heads := storyListBlocks(t, courses, `<h2>Reading the Tides</h2><h2>Net Mending</h2><h2>Harbour Pilotage</h2>`+storyTail)
	if strings.Contains(joinBlocks(dropLinkListsOn(heads, true)), "- Net Mending") {
		t.Error("a list of the story's subheads kept")
	}
}

func TestHTMLStoryLinkListWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, in string }{
		{"2722", "AI Companies Prevail in Path-Breaking Decisions on Fair Use"},
		{"4698", "- Coffee maker"},
	} {
		if a := extractWCXBHTML(t, x, dir, c.id); !strings.Contains(a.Body, c.in) {
			t.Errorf("%s: body lacks %q", c.id, c.in)
		}
	}
}
