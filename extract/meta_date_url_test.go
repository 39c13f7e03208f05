package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

// TestHTMLURLDateDay checks, through Extract, that a /yyyy/mm/dd/ URL
// names the published day over a stated UTC time on the next day, and
// that a stated time on the URL's day keeps its clock.
func TestHTMLURLDateDay(t *testing.T) {
	doc := func(stated string) []byte {
		return []byte(`<!doctype html><html><head><title>Ferry Timetable Changes at Harbourton</title>
<meta property="article:published_time" content="` + stated + `"></head><body><article>
<h1>Ferry Timetable Changes at Harbourton</h1>
<p>` + strings.Repeat("The evening ferry from Keel Street pier will leave twenty minutes later from next month, the harbour board said, so that it meets the last train from the city. ", 4) + `</p>
<p>` + strings.Repeat("Passengers on Mill Lane asked for the change last winter, when the crossing left before the train arrived and the next boat was an hour later. ", 4) + `</p>
</article></body></html>`)
	}
	x := New(DefaultOptions())
	for _, tt := range []struct {
		stated, want string
	}{
		{"2025-12-19T03:05:00Z", "2025-12-18T00:00:00Z"},
		{"2025-12-18T19:05:00-08:00", "2025-12-18T19:05:00-08:00"},
	} {
		a, err := x.Extract(news.Page{URL: "https://harbourton.example/news/2025/12/18/ferry-timetable/", Format: news.FormatHTML, Content: doc(tt.stated)})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := time.Parse(time.RFC3339, tt.want)
		if !a.Published.Equal(want) || a.Published.Format(time.DateOnly) != want.Format(time.DateOnly) {
			t.Errorf("stated %s: published %v, want %v", tt.stated, a.Published, want)
		}
	}
}
