package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestTextDateFormsPage checks, through Extract, the date forms read on
// flattened pages: two dates glued together (the earlier is the
// published one), a URL path naming its month, and the dotted
// "25.Jun.2019", a footer's published date under its updates (but not
// one textUpdatedNear blocks or more below them), and a long
// byline far above the headline or down in the body, but not a sentence
// opening "By" with a date; a footer's date over a sentence in the body
// that opens with one, a date in the month a /yyyy/mm/ URL names over an
// update outside it, a date shown over a time stamp glued to it, and the
// short dotted "14.11.24" alone on its line (not a version number).
func TestTextDateFormsPage(t *testing.T) {
	body := append(slices.Clone(textBoathouseParas), "Related Posts", "Painting the Harbourton Pier", "Comments")
	more := []string{
		"The doors were the last thing to do. The old ones had warped so badly that they no longer closed, and in a storm the wind blew straight through the boat bays.",
		"A joiner from Mill Lane offered to make new ones at cost, using the offcuts of the oak that had gone into the slipway, and the club accepted at once.",
		"He fitted them over two weekends with help from the juniors, who learned more about hinges than any of them had expected to.",
	}
	head := []string{"Home", "Blog", "Shop", "Contact", "How We Rebuilt the Keel Street Boathouse"}
	// page lays the date line out on the page: under the headline, or as
	// layout says.
	page := func(dateLine, layout string) []byte {
		var lines []string
		switch layout {
		case "contents": // a byline far above the headline, over a contents list
			lines = append([]string{"Home", "Blog", "Shop", "Contact", dateLine,
				"In this guide", "Roof", "Slates", "Rafters", "Battens", "Slipway", "Timbers", "Oak", "Opening days", "Visitors", "Contact the club",
				"How We Rebuilt the Keel Street Boathouse"}, body...)
		case "body": // past the blocks read around the headline, inside the body
			lines = append(slices.Clone(head), body[:4]...)
			lines = append(lines, dateLine)
			lines = append(lines, more...)
			lines = append(lines, body[4:]...)
		case "footer": // the dates only in the footer
			lines = append(slices.Clone(head), body...)
			lines = append(lines, "Updated November 23, 2013", "Updated September 26, 2011", "Posted July 10, 2004", "© Harbourton Rowing Club")
		case "far": // a posted line well below the update: another item's
			lines = append(slices.Clone(head), body...)
			lines = append(lines, "Updated November 23, 2013", "Share this", "Print", "Email", "Newsletter", "Sign up",
				"Posted July 10, 2004", "© Harbourton Rowing Club")
		case "as of": // a sentence in the body opening with a date, the page's date in the footer
			lines = append(slices.Clone(head), body[:4]...)
			lines = append(lines, dateLine)
			lines = append(lines, more...)
			lines = append(lines, body[4:]...)
			lines = append(lines, "Content current as of:", "09/25/2025", "© Harbourton Rowing Club")
		case "comments": // an update under the headline, the first comment in the URL's month
			lines = append(append(slices.Clone(head), dateLine), body...)
			lines = append(lines, "Reader Interactions", "12 Comments", "Ann Roe says", "July 14, 2015 at 3:53 pm",
				"What a lovely job the juniors made of the doors, well done to all of them.", "Reply")
		default:
			lines = append(append(slices.Clone(head), dateLine), body...)
		}
		return []byte(strings.Join(lines, "\n"))
	}
	const url = "https://harbourton.example/blog/boathouse/"
	x := New(DefaultOptions())
	for _, tt := range []struct {
		name, url, dateLine, layout, want string
	}{
		{"glued, updated first", url, "May 21, 2025April 24, 2025 by Mira Holt", "", "2025-04-24"},
		{"glued, published first", url, "April 24, 2025May 21, 2025 by Mira Holt", "", "2025-04-24"},
		{"URL names the month", "https://harbourton.example/blog/2023/october/03/boathouse/", "03/10/2023", "", "2023-10-03"},
		{"footer, posted under updates", url, "", "footer", "2004-07-10"},
		{"footer, posted far under an update", url, "", "far", "2013-11-23"},
		{"long byline above", url, "By Mira Holt, Senior Editor – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Jo Bell", "contents", "2026-03-05"},
		{"long byline in the body", url, "By Mira Holt – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Jo Bell of Mill Lane", "body", "2025-09-09"},
		{"a sentence opening By", url, "By September 9, 2025, the club hopes to have the new doors hung and the old ones sold.", "body", ""},
		{"dotted day, month and year", url, "Published on 25.Jun.2019 in Mill Lane Notes", "", "2019-06-25"},
		{"a sentence in the body opening with a date", url, "As of July 31, 2025, the club had raised the money.", "as of", "2025-09-25"},
		{"an update outside the URL's month", "https://harbourton.example/2015/07/boathouse/", "109 Comments | Mira Holt | Last Updated: March 11, 2019", "comments", "2015-07-14"},
		{"an update in the URL's month", "https://harbourton.example/2019/03/boathouse/", "109 Comments | Mira Holt | Last Updated: March 11, 2019", "comments", "2019-03-11"},
		{"a time stamp glued to the date shown", url, "By Mira Holt2024-04-18T13:00:39+00:00March 22nd, 2024|News|", "", "2024-03-22"},
		{"a reviewer's sentence under the headline", url, "Reviewed by Jo Bell, Harbour Surveyor at Keel Street Marine, on December 9, 2024.", "", "2024-12-09"},
		{"a short dotted date alone under the headline", url, "14.11.24", "", "2024-11-14"},
		{"a version number alone under the headline", url, "10.31.24", "", ""},
	} {
		a, err := x.Extract(news.Page{Format: news.FormatText, URL: tt.url, Content: page(tt.dateLine, tt.layout)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := publishedDay(a)
		if got != tt.want {
			t.Errorf("%s: published %q, want %q (title %q)", tt.name, got, tt.want, a.Title)
		}
	}
}
