package extract

import (
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestExtractVisibleByline checks, through Extract, that the byline the
// page shows under its headline gives the author when nothing states one,
// and overrides a stated author that is a login or the site's name,
// unless the page bylines that login itself.
func TestExtractVisibleByline(t *testing.T) {
	body := `<p>The council met on Tuesday evening in the old hall on Keel Street to hear the plans for the winter months.</p>
<p>Residents of Mill Lane asked for more notice of the works, and the council agreed to write to every house in the lane.</p>
<p>The harbour master said the pier would stay open through the works, with the ferry landing moved to the north steps.</p>`
	tests := []struct{ name, head, byline, want string }{
		{"name beside the date, nothing stated", ``,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill"},
		{"byline with its date, nothing stated", ``,
			`<div class="meta"><span>By Mara Quill April 12, 2024</span></div>`, "Mara Quill"},
		{"stated login", `<meta name="author" content="harbourdesk">`,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill"},
		{"stated site name", `<meta property="og:site_name" content="Harbourton Post"><meta name="author" content="Harbourton Post">`,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill"},
		{"stated login the page bylines", `<meta name="author" content="keelwalker">`,
			`<div class="meta"><span>by keelwalker</span></div><div><span>Harbourton Walkers Club</span></div><div><span>5 min read</span></div>`, "keelwalker"},
		{"stated with stops left out", `<meta name="author" content="Dr Mara Quill">`,
			`<div class="meta"><span>By Dr. Mara Quill</span></div>`, "Dr. Mara Quill"},
		{"stated with a team after the name", `<meta name="author" content="Mara Quill - Harbour Desk Team">`,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill"},
		{"stated co-authors", `<meta name="author" content="Mara Quill, Tobin Marsh">`,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill, Tobin Marsh"},
		{"stated another person", `<meta name="author" content="Tobin Marsh">`,
			`<div class="meta"><span>Mara Quill</span></div><div><span>March 4, 2025</span></div>`, "Mara Quill"},
		{"a byline label is no name", `<meta name="author" content="Tobin Marsh">`,
			`<div class="meta"><span>Fact Checked</span></div><div><span>March 4, 2025</span></div>`, "Tobin Marsh"},
		{"stated in quotes", `<meta name="author" content="&quot;Tobin Marsh&quot;">`, ``, "Tobin Marsh"},
		{"stated as the author's label", `<meta name="author" content="The Author">`, ``, ""},
		{"common words beside the date, nothing stated", ``,
			`<div class="meta"><span>Mara Lane</span></div><div><span>March 4, 2025</span></div>`, "Mara Lane"}, // the body writes "lane"
		{"common words beside the date, another stated", `<meta name="author" content="Tobin Marsh">`,
			`<div class="meta"><span>Mara Lane</span></div><div><span>March 4, 2025</span></div>`, "Tobin Marsh"},
		{"a button is no name", ``,
			`<div><span>March 4, 2025</span></div><div><span>Link Copied!</span></div>`, ""},
	}
	x := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Keel Street Hall Hears Winter Plans</title>" + tt.head + "</head><body><article><h1>Keel Street Hall Hears Winter Plans</h1>" +
				tt.byline + body + "</article></body></html>"
			a, err := x.Extract(news.Page{URL: "https://harbourton.example/news/one", Format: news.FormatHTML, Content: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tt.want {
				t.Errorf("author = %q, want %q", a.Author, tt.want)
			}
		})
	}
}

// TestTextBylines checks, through Extract on flattened pages, the flat
// byline reader's cases: a byline's date after the name is no part of it
// ("By Mira Holt April 12, 2024" names Mira Holt, not "Mira Holt April");
// a byline flattening joined under the headline ("… Boathouse\nby Mira
// Holt": a line going on in lower case joins the one above) is read; the
// byline under a headline set well inside the body's span (under a
// standfirst and a picture's lines the span starts in) is read around the
// headline, not only at the span's start; a name line under the headline
// is the byline when a job title, or a separator and a date, follow it;
// and a byline label alone on its line gives a team's name opening with
// "The" (the article is no stopword of a menu line).
func TestTextBylines(t *testing.T) {
	menu := []string{"Home", "Blog", "Shop", "Contact"}
	const headline = "How We Rebuilt the Keel Street Boathouse"
	standfirst := []string{
		"For eleven winters the old boathouse on Keel Street stood empty, its roof open to the rain and its slipway rotting where the tide reached it, until the rowing club of Harbourton decided that it was time to take it on.",
		"The club's members, most of whom had never held a slate, learned the work as they went, with help from a joiner on Mill Lane and a roofer who had rowed for the club in his youth and still came down on Saturdays.",
		"What follows is the story of that winter, told by the people who did the work, from the first evening on the roof to the morning the boats went out again.",
		"Harbourton Rowing Club", "Share", "Print", "Email", "Newsletter",
	}
	tests := []struct {
		name  string
		lines []string // the page above the body's paragraphs
		want  string
	}{
		{"date after the name", append(menu[:4:4], headline, "By Mira Holt April 12, 2024"), "Mira Holt"},
		{"byline on the headline block's later line", append(menu[:4:4], headline, "by Mira Holt"), "Mira Holt"},
		{"headline inside the span", append(append(menu[:4:4], standfirst...), headline, "Mira Holt", "March 4, 2025"), "Mira Holt"},
		{"name beside a job title", append(menu[:4:4], headline, "Mira Holt", "Senior Editor"), "Mira Holt"},
		{"name, separator, date", append(menu[:4:4], headline, "Mira Holt", "•", "March 4, 2025"), "Mira Holt"},
		{"labelled team", append(menu[:4:4], headline, "By", "The Harbour Desk"), "The Harbour Desk"},
	}
	x := New(DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(tt.lines, textBoathouseParas...)
			a, err := x.Extract(news.Page{Format: news.FormatText, URL: "https://harbourton.example/blog/boathouse/",
				Content: []byte(strings.Join(lines, "\n"))})
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tt.want {
				t.Errorf("author = %q, want %q (title %q)", a.Author, tt.want, a.Title)
			}
		})
	}
}
