package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

func TestTextRelativeDate(t *testing.T) {
	fetched := time.Date(2025, 3, 4, 9, 30, 15, 0, time.UTC)
	tests := []struct{ line, want string }{
		{"6 hours ago", "2025-03-04T03:00"},
		{"Harbourton Gazette6 hours ago", "2025-03-04T03:00"},
		{"an hour ago", "2025-03-04T08:00"},
		{"12 mins ago", "2025-03-04T09:18"},
		{"30 seconds ago", "2025-03-04T09:29"},
		{"2 days ago", "2025-03-02T00:00"},
		{"1 week ago", "2025-02-25T00:00"},
		{"Yesterday", "2025-03-03T00:00"},
		{"Updated yesterday at 4:10 pm", "2025-03-03T00:00"},
		{"Today, 08:12", "2025-03-04T00:00"},
		// A month and day: the latest such day up to the day after the fetch.
		{"Mar 4", "2025-03-04T00:00"},
		{"Mar 5", "2025-03-05T00:00"},
		{"Mar 6", "2024-03-06T00:00"},
		{"Apr 12", "2024-04-12T00:00"},
		{"Sept. 3rd", "2024-09-03T00:00"},
		{"Published: December 8", "2024-12-08T00:00"},
		{"12 March", "2024-03-12T00:00"},
		{"Jan 10, 9:15 AM", "2025-01-10T00:00"},
		{"Feb 29", "2024-02-29T00:00"},
		{"SEPTEMBER 3", "2024-09-03T00:00"},
		// Not a day.
		{"3 months ago", ""},
		{"2 years ago", ""},
		{"Mayor 12", ""},
		{"apr 12", ""}, // months are capitalised, as the dated expressions read them
		{"Marc 12", ""},
		{"Apr 32", ""},
		{"Keel Street reopened two days ago after the flood", ""},
		{"Today's weather", ""},
		{"Studio 54", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := textRelativeDate(tt.line, fetched); ok {
			got = d.Format("2006-01-02T15:04")
		}
		if got != tt.want {
			t.Errorf("textRelativeDate(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// A blog's flattened page dates itself "Apr 12" over its byline: with the
// day the crawler fetched it, that is a date; without, none. The related
// posts' dates below the body are not the page's.
func TestTextFetchedDatesPage(t *testing.T) {
	lines := []string{"Home", "Blog", "Shop", "Contact", "How We Rebuilt the Keel Street Boathouse", "Apr 12", "Written By Mira Holt"}
	lines = append(lines, textBoathouseParas...)
	page := strings.Join(append(lines, "Related Posts", "Painting the Harbourton Pier", "Mar 3", "Comments"), "\n")
	x := New(DefaultOptions())
	for _, tt := range []struct {
		fetched time.Time
		want    string
	}{
		{time.Date(2025, 5, 20, 14, 0, 0, 0, time.UTC), "2025-04-12"},
		{time.Date(2025, 2, 1, 14, 0, 0, 0, time.UTC), "2024-04-12"},
		{time.Time{}, ""},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: []byte(page), Fetched: tt.fetched})
		if err != nil {
			t.Fatal(err)
		}
		got := publishedDay(a)
		if got != tt.want {
			t.Errorf("fetched %v: published %q, want %q (title %q)", tt.fetched, got, tt.want, a.Title)
		}
	}
}

// A site builder's blog stamps its post "Aug 15" over the byline and
// prints no year; a headline that names one year gives it, when no fetch
// day does. A headline naming two years, or none, gives no date, and
// the fetch day still wins over the headline's year.
func TestTextHeadlineYearDatePage(t *testing.T) {
	page := func(headline string) []byte {
		lines := []string{"Home", "Blog", "Shop", "Contact", headline, "Aug 15", "Written By Mira Holt"}
		lines = append(lines, textBoathouseParas...)
		return []byte(strings.Join(append(lines, "Related Posts", "Painting the Harbourton Pier", "Mar 3", "Comments"), "\n"))
	}
	x := New(DefaultOptions())
	for _, tt := range []struct {
		headline string
		fetched  time.Time
		want     string
	}{
		{"How We Rebuilt the Keel Street Boathouse in 2024", time.Time{}, "2024-08-15"},
		{"Top 7 Boathouse Trends for 2023", time.Time{}, "2023-08-15"},
		{"How We Rebuilt the Keel Street Boathouse in 2024", time.Date(2025, 9, 1, 12, 0, 0, 0, time.UTC), "2025-08-15"},
		{"From 1998 to 2024: the Keel Street Boathouse", time.Time{}, ""},
		{"How We Rebuilt the Keel Street Boathouse", time.Time{}, ""},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, Content: page(tt.headline), Fetched: tt.fetched})
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDay(a); got != tt.want {
			t.Errorf("%q fetched %v: published %q, want %q (title %q)", tt.headline, tt.fetched, got, tt.want, a.Title)
		}
	}
}

// textBoathouseParas are the four paragraphs of an invented blog post,
// the body of the date tests' pages.
var textBoathouseParas = []string{
	"The boathouse on Keel Street had stood empty for eleven winters before the rowing club of Harbourton took it on, and the first job was the roof, which had let the rain onto the slipway for most of that time.",
	"We stripped the old slates in a week. Volunteers came every evening after work, and by the end of the month the rafters were sound again and the new battens were on.",
	"The slipway took longer. Its timbers had rotted where the tide reached them, so the club replaced them with oak from a yard in the next valley, seasoned for three years.",
	"Now the boats go out again every Saturday morning, and the boathouse is open to visitors on the first Sunday of each month.",
}
