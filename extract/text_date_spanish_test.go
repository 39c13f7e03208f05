package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextSpanishDayDate holds textSpanishDayDate's cases: the four
// Spanish abbreviations in the hyphenated form, with a clock or words
// around it, and what it refuses (an English abbreviation, a bad day, a
// longer number, "ago" as the English word, no year).
func TestTextSpanishDayDate(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"By: FlowGuard EMEA on 04-ago-2021 5:11:10", "2021-08-04"},
		{"4-ene-2020", "2020-01-04"},
		{"Publicado 30-abr-2019", "2019-04-30"},
		{"25-dic-2024, 10:00", "2024-12-25"},
		{"a range 1-2 then 12-dic-2024", "2024-12-12"},
		{"04-aug-2021", ""},           // English: textDayDateRE's
		{"31-abr-2019", ""},           // April has 30 days
		{"104-ago-2021", ""},          // the day is no day
		{"04-ago-20215", ""},          // nor the year a year
		{"3 days ago - 2021", ""},     // the English word
		{"04-ago-21", ""},             // no four-digit year
		{"00-ago-2021 was never", ""}, // no day 0
	} {
		got := ""
		if d, ok := textSpanishDayDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("textSpanishDayDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextSpanishDayDatePage checks, through Extract, that a byline
// dated in the Spanish form over the headline dates the page (0255's
// shape), with and without the URL.
func TestTextSpanishDayDatePage(t *testing.T) {
	lines := []string{"Home", "Blog", "Contact Us", "By: Harbour Plumbing EMEA on 04-ago-2021 5:11:10", "Print/Save as PDF", "Share",
		"How We Rebuilt the Keel Street Boathouse"}
	lines = append(lines, textBoathouseParas...)
	x := New(DefaultOptions())
	for _, url := range []string{"", "https://example.com/blog/how-we-rebuilt-the-keel-street-boathouse"} {
		a, err := x.Extract(news.Page{URL: url, Format: news.FormatText, Content: []byte(strings.Join(lines, "\n"))})
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDay(a); got != "2021-08-04" {
			t.Errorf("url %q: published %q, want 2021-08-04 (title %q)", url, got, a.Title)
		}
	}
}
