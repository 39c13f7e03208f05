package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

func TestTextEndsPilcrow(t *testing.T) {
	for s, want := range map[string]bool{
		"Quick Start¶":      true,
		"¶":                 true,
		"Quick Start":       false,
		"The ¶ Sign":        false,
		"Quick Start\u00a0": false, // the same last byte's neighbour, C2 A0
		"Quick Start\u01b6": false, // another rune ending in the byte B6
		"":                  false,
	} {
		if got := textEndsPilcrow(s); got != want {
			t.Errorf("textEndsPilcrow(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTextTitleFirstPermalink(t *testing.T) {
	const prose = "This guide walks through the harbour office's tide tables and how to read each column of them."
	for _, c := range []struct {
		name string
		c    *textTitleCandidates
		at   int
		want int
	}{
		{"the first of two", textTitleCandsOf("Navigation", "Tide Tables", "Reading Tables¶", prose, "Ferry Times¶", prose), 1, 2},
		{"none taken", textTitleCandsOf("Navigation", "Reading Tables¶", prose, "Ferry Times¶"), -1, 1},
		{"one pilcrow only", textTitleCandsOf("Navigation", "Reading Tables¶", prose), 0, 0},
		{"under a paragraph", textTitleCandsOf("Tide Tables", prose, "Reading Tables¶", prose, "Ferry Times¶"), 0, 0},
		{"a short sentence over it", textTitleCandsOf("Tide Tables", "Read the tables.", "Reading Tables¶", prose, "Ferry Times¶"), 0, 2},
		{"a long line that is no sentence", textTitleCandsOf("Tide Tables Ferry Times Harbour Walks North Coast Path Lighthouse Fish Market Cliffs", "Reading Tables¶", "Ferry Times¶"), 0, 1},
		{"a lone pilcrow", textTitleCandsOf("Tide Tables", "¶", "Reading Tables¶", "Ferry Times¶"), 0, 2},
		{"no pilcrow", textTitleCandsOf("Tide Tables", prose), 0, 0},
	} {
		if got := textTitleFirstPermalink(c.c, c.at); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestTextTitleFirstPermalinkPage: through Extract, an invented
// Sphinx page, read with an address whose slug names none of its lines
// (the title model takes none) and without one, is titled by its first
// pilcrow heading, the pilcrow cut, and its body is the guide.
func TestTextTitleFirstPermalinkPage(t *testing.T) {
	lines := []string{"Navigation", "index", "modules |", "next |", "Harbour Guide 2.1 documentation »",
		"Reading Tide Tables¶",
		"The harbour office prints a table for each month, and every row of it gives the times of the two high and the two low waters of one day.",
		"Read the heights against the chart datum printed at the head of the page, not against the mean sea level, which the table does not give.",
		"Spring Tides¶",
		"Spring tides come twice a month, at the new and the full moon, and run higher and lower than the rest of the month's tides do.",
		"Neap Tides¶",
		"Neap tides fall between them, at the quarter moons, and the difference between high and low water is at its smallest then.",
		"Table of Contents", "Reading Tide Tables", "Spring Tides", "Neap Tides", "Previous topic", "Harbour Charts", "Next topic", "Ferry Times", "Quick search"}
	for _, url := range []string{"https://docs.example.org/guide/tides.html", ""} {
		a, err := New(DefaultOptions()).Extract(news.Page{URL: url, Format: news.FormatText, Content: []byte(strings.Join(lines, "\n\n"))})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Reading Tide Tables" || !strings.Contains(a.Body, "chart datum") {
			t.Errorf("url %q: title %q, want %q; body %q", url, a.Title, "Reading Tide Tables", a.Body)
		}
	}
}

// TestTextTitleFirstPermalinkWCXB: documentation pages of five sites,
// read with and without their URL, are titled by their first pilcrow
// heading, where the title model took a sidebar's entry, a subheading,
// a code sample or no line.
func TestTextTitleFirstPermalinkWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct{ id, url, title string }{
		{"0662", "https://flask.palletsprojects.com/en/stable/quickstart/", "Quickstart"},
		{"0663", "https://requests.readthedocs.io/en/latest/user/advanced/", "Advanced Usage"},
		{"0664", "http://docs.sqlalchemy.org/en/latest/orm/quickstart.html", "ORM Quick Start"},
		{"2859", "https://docs.python.org/3/howto/logging.html", "Logging HOWTO"},
		{"2871", "https://docs.djangoproject.com/en/5.1/topics/db/models/", "Models"},
	} {
		for _, url := range []string{c.url, ""} {
			a := extractWCXBFlat(t, x, dir, c.id, url)
			if a.Title != c.title {
				t.Errorf("%s (url %q): title %q, want %q", c.id, url, a.Title, c.title)
			}
		}
	}
}
