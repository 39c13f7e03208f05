package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
)

func TestTextUnglue(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One sentence. Two sentences.", []string{"One sentence. Two sentences."}},
		{"in the Kursk region.More than half", []string{"in the Kursk region.", "More than half"}},
		{"assaults”.North Korean operations", []string{"assaults”.", "North Korean operations"}},
		{"in 2022.Related...Trump Uses", []string{"in 2022.", "Related...Trump Uses"}},
		{"the U.S.Army said", []string{"the U.S.Army said"}}, // an abbreviation, not a sentence end
		{"according to the UK.North Korea", []string{"according to the UK.", "North Korea"}},
		{"version 2.0 is out", []string{"version 2.0 is out"}},
	}
	for _, tt := range tests {
		if got := textUnglue(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("textUnglue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextCueOf(t *testing.T) {
	tests := []struct {
		in   string
		want textCue
	}{
		{"Related Articles", textCueEnd},
		{"Related...", textCueEnd},
		{"Related...Trump Uses 1 Rather Bizarre Word As He Ponders Why", textCueEnd},
		{"RELATED: 4 found dead, shot inside Fairmont Terrace Apartments in south Tulsa", textCueDrop},
		{"Related: Maximizing Your SEO", textCueDrop},
		{"You may also like:", textCueSoft},
		{"Recommended configuration", textCueNone},
		{"Relatedly, the council voted.", textCueNone},
		{"Legal Disclaimer:", textCueEnd},
		{"©2025 Bloomberg L.P.", textCueEnd},
		{"Copyright 2014 WIS. All rights reserved.", textCueEnd},
		{"Copyright Complexity in a Fragmented World", textCueNone},
		{"© Victor Sailer", textCueDrop},
		{"59 Comments on “The December Comfort Watches”", textCueEnd},
		{"5 Thoughts on Why the Academy Picked Ellen DeGeneres As Oscar Host", textCueNone},
		{"Advertisement", textCueDrop},
		{"Share", textCueSoft},
		{"Click to share on Bluesky (Opens in new window) Bluesky", textCueDrop},
		{"Your support helps us to tell the story Read more Support Now", textCueDrop},
		{"The ministry said North Korea has deployed only a limited number of troops.", textCueNone},
		{"Continue reading on The Guardian", textCueEnd},
		{"Read the full story from the Star-Telegram here.", textCueEnd},
		{"Continue reading the main story", textCueDrop},
		{"Read the full post on how to budget and fund your design or renovation project.", textCueNone},
	}
	for _, tt := range tests {
		if got := textNewBlock(tt.in).cue; got != tt.want {
			t.Errorf("cue of %q = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTextParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"September 4, 2025", "2025-09-04"},
		{"Updated Nov 26, 2025", "2025-11-26"},
		{"4th September 2025", "2025-09-04"},
		{"Posted 2024-03-07 by admin", "2024-03-07"},
		{"date 2025-06-16", "2025-06-16"},
		{"2025/6/9", "2025-06-09"},
		{"EditorialNovember 22, 2018", "2018-11-22"},
		{"June 29, 2020November 12, 2021", "2020-06-29"},
		{"Published on 2021-01-18T19:55", "2021-01-18"},
		{"Content current as of: 09/25/2025", "2025-09-25"},
		{"19/12/2025", "2025-12-19"},
		{"FEBRUARY 12, 2024", "2024-02-12"},
		{"UPDATED 16:47 EST / DECEMBER 19 2025", "2025-12-19"},
		{"October 17, 20236:01 PM ET", "2023-10-17"},
		{"by Harsh Vaibhav Global Commons May 2nd 202511 mins", "2025-05-02"},
		{"Updated on 19-Dec-2025", "2025-12-19"},
		{"📅Jul. 11. 2025", "2025-07-11"},
		{". 2023 Jan 7;15(1):e33475", "2023-01-07"},
		{"2025•01•08", "2025-01-08"},
		{"» 2021 – 01 – 18", "2021-01-18"},
		{"Post time: 01-04-2024", "2024-01-04"},
		{"Mark 12, 2020", ""},
		{"Summary 5, 2025", ""},
		{"5:50 am", ""},
		{"About 6,000 casualties", ""},
	}
	textCheckDates(t, "textParseDate", tests, textParseDate)
}

// textCheckDates runs a table of inputs and the dates read from them
// ("" for none) through read.
func textCheckDates(t *testing.T, name string, tests []struct{ in, want string }, read func(string) (time.Time, bool)) {
	t.Helper()
	for _, tt := range tests {
		got := ""
		if d, ok := read(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
		}
	}
}

func TestTextIsListItem(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"- Seamless payment integration", true},
		{"1. High-Protein, Balanced Meals", true},
		{"12) Step twelve", true},
		{"2025 is all about foods", false},
		{"Plain text", false},
	}
	for _, tt := range tests {
		if got := textIsListItem(tt.in); got != tt.want {
			t.Errorf("textIsListItem(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestTextBlockCounts checks that a block a site repeats on many pages is
// removed as furniture while the same block elsewhere is kept.
func TestTextBlockCounts(t *testing.T) {
	const promo = "Our newsletter brings the best of the week to your inbox every Friday morning, for free."
	text := "Council keeps the library open\n\n" +
		"The town council voted on Tuesday to keep the public library open for another five years, after residents filled the hall.\n\n" +
		promo + "\n\n" +
		"The mayor said the decision would cost the town about 40,000 pounds a year, money she expected to find in the roads budget.\n\n" +
		"Home\n\nNews\n\nSport\n\nContact\n"
	counts := BlockCountsFunc(func(site string, block uint64) int {
		if site == "example.org" && block == BlockHash(promo) {
			return 40
		}
		return 1
	})
	opts := DefaultOptions()
	opts.BlockCounts, opts.MinBodyChars = counts, 0
	x := New(opts)
	for _, tt := range []struct {
		url       string
		wantPromo bool
	}{
		{"https://www.example.org/news/library", false},
		{"https://other.example/news/library", true},
	} {
		a, err := x.Extract(news.Page{URL: tt.url, Format: news.FormatText, Content: []byte(text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.url, err)
		}
		if got := strings.Contains(a.Body, promo); got != tt.wantPromo {
			t.Errorf("%s: body keeps the promo = %v, want %v\n%s", tt.url, got, tt.wantPromo, a.Body)
		}
		if !strings.Contains(a.Body, "40,000 pounds") {
			t.Errorf("%s: body lost the article:\n%s", tt.url, a.Body)
		}
	}
}

func TestTextFindAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"Written by Camila Karalyte", "Camila Karalyte"},
		{"BY Hlín Eyjólfsdóttir | Dec 4, 2025", "Hlín Eyjólfsdóttir"},
		{"By the time we arrived it was over.", ""},
		{"Byline", ""},
		{"ByKathryn Giuffrida", "Kathryn Giuffrida"},
		{"Author: Jane Doe", "Jane Doe"},
	}
	for _, tt := range tests {
		blocks := []textBlock{textNewBlock(tt.in)}
		if got := textFindAuthor(blocks, 0, 0); got != tt.want {
			t.Errorf("textFindAuthor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A corpus tokenised word by word (ECB+) puts the page's address, spaced
// out, on the first line: it is the URL, never the headline or the body.
func TestTextStatedURLAndHeadline(t *testing.T) {
	page := "http: / / articles. example. com / 2013 / may / 03 / local / star - rehab\n" +
		"Star checks into Betty Ford Center\n" +
		"May 03, 2013\n" +
		"After skipping out on entering a rehabilitation facility, the star has checked into the Betty Ford Center to begin a 90-day court-mandated stay.\n" +
		"She was previously at the centre from September 2010 to January 2011 after a probation violation in a prior case.\n"
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "x", Format: news.FormatText, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://articles.example.com/2013/may/03/local/star-rehab"; a.URL != want {
		t.Errorf("URL = %q, want %q", a.URL, want)
	}
	if want := "Star checks into Betty Ford Center"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if strings.Contains(a.Body, "http") {
		t.Errorf("body keeps the address line:\n%s", a.Body)
	}
	if !strings.Contains(a.Body, "Star checks into Betty Ford Center") {
		t.Errorf("clean body lost its first line:\n%s", a.Body)
	}
}

// A short clean text with a real sentence is a news brief and is kept; a
// short fragment without one is still no_text.
func TestTextBriefs(t *testing.T) {
	x := New(DefaultOptions())
	brief := "Sixty-year-old Sharron Smith is now accused of murdering two women at an ice cream store in 1967."
	if _, err := x.Extract(news.Page{ID: "b", Format: news.FormatText, Content: []byte(brief)}); err != nil {
		t.Errorf("brief skipped: %v", err)
	}
	for _, frag := range []string{"Page not found", "Loading comments", "Home\nNews\nSport"} {
		_, err := x.Extract(news.Page{ID: "f", Format: news.FormatText, Content: []byte(frag)})
		var skip *news.Skip
		if !errors.As(err, &skip) {
			t.Errorf("%q: got %v, want a skip", frag, err)
		}
	}
}

// A headline that flattening joined to a byline starting in lower case is
// its first line; a sentence broken at a link stays whole.
func TestTextTitleText(t *testing.T) {
	for _, c := range []struct{ block, want string }{
		{"Top 10: Best Language Learning Apps\nby Christian Roth", "Top 10: Best Language Learning Apps"},
		{"Award-Winning Novels of 2025\nrecommended by Sylvia Bishop", "Award-Winning Novels of 2025"},
		{"Russia 's Kursk region in support of Moscow's\nwar on Ukraine , according to estimates.", "Russia 's Kursk region in support of Moscow's\nwar on Ukraine , according to estimates."},
		{"One line headline", "One line headline"},
	} {
		b := textNewBlock(c.block)
		if got := textTitleText(&b); got != c.want {
			t.Errorf("textTitleText(%q) = %q, want %q", c.block, got, c.want)
		}
	}
}

// A clean body's leading headline is one line too, whichever path finds
// it: the header line (after a crawl date) and the first line of a clean
// body drop the lower-case line flattening joined to them.
func TestTextLeadingHeadlineOneLine(t *testing.T) {
	blocks := textSplitBlocks("Harbour notes\nkit > boats > notes > The oldest winch on the quay\n\n" +
		"The winch had to lift a full net in one pull, and every part of it was cast in the town.\n")
	if got, want := textLeadingHeadline(blocks), "Harbour notes"; got != want {
		t.Errorf("textLeadingHeadline = %q, want %q", got, want)
	}
}

func TestTextURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/2025/09/04/autumn-soup-recipes", "2025-09-04"},
		{"https://example.com/news/2024-3-7-budget-passes", "2024-03-07"},
		{"https://example.com/2024/08/", ""},
		{"https://example.com/2024/13/40/x", ""},
		{"https://example.com/item/20240807", ""},
		{"", ""},
	}
	textCheckDates(t, "textURLDate", tests, func(s string) (time.Time, bool) {
		d := textURLDate(s)
		return d, !d.IsZero()
	})
}

// The date is the one nearest the headline, a published date before an
// update line nearer to it, and a dateline opening a long block counts.
func TestTextFindDate(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Headline of the story here", "Last updated: Dec 17, 2025", "Published March 3, 2025", "Body."}, "2025-03-03"},
		{[]string{"Headline of the story here", "Last updated: Dec 17, 2025", "Body."}, "2025-12-17"},
		{[]string{"Headline of the story here", "Posted on November 25, 2024 in College of Health Sciences, General, Healthcare, Master of Science in Applied Nutrition and Dietetics, Master of Science in Nutrition, News and Events, Our Faculty and Staff, Programs"}, "2024-11-25"},
	}
	for _, tt := range tests {
		blocks := make([]textBlock, len(tt.lines))
		for i, l := range tt.lines {
			blocks[i] = textNewBlock(l)
		}
		got := ""
		if d := textFindDate(blocks, 0, 1, len(blocks)); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("textFindDate(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// A republished article sits under its headline inside another site's
// furniture, whose comment thread holds more prose than the article: the
// scraper's title finds the article, and a teaser's close ends it.
func TestTextTitledSpan(t *testing.T) {
	comment := "I have been reading this site for years and I think the writers here have always done a careful job with the facts they report on. "
	var page strings.Builder
	page.WriteString("Home\nNews\nSport\nWeather\n")
	page.WriteString("Council approves new tram line\n")
	page.WriteString("The city council approved a twelve kilometre tram line on Tuesday, ending a decade of argument over the route through the old town.\n")
	page.WriteString("Construction is due to start next spring and the first trams should run in 2029, the transport office said.\n")
	page.WriteString("Continue reading on the Harbour Gazette\n")
	page.WriteString("Latest stories\nElection night live\n")
	for i := range 6 {
		fmt.Fprintf(&page, "Comment %d: %s%s\n", i+1, comment, comment)
	}
	x := New(DefaultOptions())
	a, err := x.Extract(news.Page{ID: "t", Format: news.FormatText, Title: "Council approves new tram line", Content: []byte(page.String())})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Body, "The city council approved") || !strings.HasSuffix(a.Body, "the transport office said.") {
		t.Errorf("titled body:\n%s", a.Body)
	}
	// A feed's title carries the site's name; the page's line does not.
	a, err = x.Extract(news.Page{ID: "s", Format: news.FormatText, Title: "Council approves new tram line | Harbour Gazette", Content: []byte(page.String())})
	if err != nil || !strings.HasPrefix(a.Body, "The city council approved") || !strings.HasSuffix(a.Body, "the transport office said.") {
		t.Errorf("title with a site suffix: body\n%s\n(err %v)", a.Body, err)
	}
	// Without the title the comment thread, the page's longest prose, is
	// the body: the test above can fail.
	a, err = x.Extract(news.Page{ID: "u", Format: news.FormatText, Content: []byte(page.String())})
	if err == nil && strings.HasPrefix(a.Body, "The city council approved") && !strings.Contains(a.Body, "reading this site") {
		t.Errorf("untitled extraction found the article too; the page no longer tests the title anchor")
	}
}
