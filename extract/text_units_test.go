package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
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
		if got := textUnglue(nil, tt.in); !slices.Equal(got, tt.want) {
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
		{"RELATED: 3 hurt in fire at Juniper Court Apartments in east Dunhaven", textCueDrop},
		{"Related: Planning Your Garden Beds", textCueDrop},
		{"You may also like:", textCueSoft},
		{"Similar Posts", textCueEnd},
		{"Recent Articles", textCueEnd},
		{"Popular articles", textCueEnd},
		{"Other articles you may find interesting", textCueEnd},
		{"Similar articles: Planning Your Garden Beds", textCueDrop},
		{"Popular articles on the quay were reprinted twice.", textCueNone},
		{"How useful was this post?", textCueEnd},
		{"Be the first to comment", textCueEnd},
		{"Did you find this article helpful?", textCueEnd},
		{"Did you find this surprising?", textCueNone},
		{"Keep Reading", textCueEnd},
		{"Keep reading to see how the quay was rebuilt.", textCueNone},
		// Comment boxes and teaser lists under the body (eighth session).
		{"Load earlier comments...", textCueEnd},
		{"Show Comments", textCueEnd},
		{"Comment via", textCueEnd},
		{"Keep Exploring Harbour Stories", textCueEnd},
		{"Recently by Mira Tolland", textCueEnd},
		{"Other ways to connect with Mira", textCueEnd},
		{"Recommended configuration", textCueNone},
		{"Relatedly, the council voted.", textCueNone},
		{"Legal Disclaimer:", textCueEnd},
		{"©2025 Bloomberg L.P.", textCueEnd},
		{"Copyright 2016 KRVX. All rights reserved.", textCueEnd},
		{"Copyright Confusion in a Connected Age", textCueNone},
		{"© Mira Tolland", textCueDrop},
		{"37 Comments on “The Winter Reading List”", textCueEnd},
		{"5 Thoughts on Why the Council Chose Ada Mulvey As Parade Marshal", textCueNone},
		{"15 Replies to “Why the Harbour Board Opened the North Quay to Sailing Clubs After Eleven Years”", textCueEnd},
		{"12 replies came in to the harbour board's survey on the north quay and its opening hours, most of them from sailing clubs.", textCueNone},
		{"Advertisement", textCueDrop},
		{"Share", textCueSoft},
		{"Click to share on Bluesky (Opens in new window) Bluesky", textCueDrop},
		{"Your support helps us to tell the story Read more Support Now", textCueDrop},
		{"The ministry said North Korea has deployed only a limited number of troops.", textCueNone},
		{"Continue reading on The Guardian", textCueEnd},
		{"Read the full story from the Dunhaven Courier here.", textCueEnd},
		{"Continue reading the main story", textCueDrop},
		{"Read the full post on what to pack for a week of winter hiking.", textCueNone},
		{"Harbour Times3 hours ago", textCueDrop},
		{"Updated 12 mins ago", textCueDrop},
		{"The quay was rebuilt in 1890, more than a century ago", textCueNone},
		{"Three crews sailed out two days ago", textCueNone},
		{"The storm hit the quay 2 days ago.", textCueNone},
	}
	for _, tt := range tests {
		if got := textNewBlock(tt.in).cue; got != tt.want {
			t.Errorf("cue of %q = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTextParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"September 6, 2024", "2024-09-06"},
		{"Updated Nov 14, 2024", "2024-11-14"},
		{"6th September 2024", "2024-09-06"},
		{"Posted 2023-05-11 by admin", "2023-05-11"},
		{"date 2024-08-21", "2024-08-21"},
		{"2024/7/3", "2024-07-03"},
		{"OpinionOctober 14, 2019", "2019-10-14"},
		{"April 8, 2019September 30, 2020", "2019-04-08"},
		{"Published on 2022-03-09T08:20", "2022-03-09"},
		{"Mira Holt2024-04-18T13:00:39+00:00March 22nd, 2024|News|", "2024-03-22"},
		{"2024-04-18T13:00ZMarch 22, 2024", "2024-03-22"},
		{"2024-03-22T13:00:39+00:00April 18, 2024", "2024-03-22"},
		{"2024-04-18T13:00:39+00:00 and more on March 22, 2024", "2024-04-18"},
		{"Content current as of: 08/14/2024", "2024-08-14"},
		{"21/10/2024", "2024-10-21"},
		{"MARCH 18, 2023", "2023-03-18"},
		{"UPDATED 09:12 EST / NOVEMBER 27 2024", "2024-11-27"},
		{"August 9, 20247:15 PM ET", "2024-08-09"},
		{"by Tessa Lindqvist Open Ledger April 3rd 202412 mins", "2024-04-03"},
		{"Updated on 23-Oct-2024", "2024-10-23"},
		{"📅Aug. 14. 2024", "2024-08-14"},
		{". 2022 Mar 9;11(2):e28140", "2022-03-09"},
		{"2024•02•19", "2024-02-19"},
		{"» 2022 – 03 – 27", "2022-03-27"},
		{"Post time: 02-06-2023", "2023-02-06"},
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
		{"- Simple invoice export", true},
		{"1. Low-Sugar, Simple Breakfasts", true},
		{"12) Step twelve", true},
		{"2024 is all about bikes", false},
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
		{"Written by Ines Varnholt", "Ines Varnholt"},
		{"BY Sólveig Ásmundsdóttir | Nov 6, 2024", "Sólveig Ásmundsdóttir"},
		{"By the time we arrived it was over.", ""},
		{"Byline", ""},
		{"ByMarisa Okonjo", "Marisa Okonjo"},
		{"Author: Jane Doe", "Jane Doe"},
		{"On March 2, 2025 By Jane DoeIn Budget Travel, Travel Tips", "Jane Doe"},
		{"ByJane DoeMar 5, 2025 | 6 comments", "Jane Doe"},
		{"October 11, 2023 by Jane Doe", "Jane Doe"},
		{"Published August 7, 2023 by Jane Doe", "Jane Doe"},
		{"By Tomas DeSilva", "Tomas DeSilva"},
		{"By Ailsa MacLeod", "Ailsa MacLeod"},
		{"By Ann Elin SanSonePublished May 3, 2025", "Ann Elin SanSone"},
		{"By Jane Doe In Travel Tips", "Jane Doe"},
		{"By Jane Doe UpdatedJanuary 3, 2025", "Jane Doe"},
		{"Photo by Jane Doe", ""},
		{"Published by Harbour Press", ""}, // a publisher, and no date
		{"October 11 by Jane Doe", ""},     // no year: not read as a dated byline
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
	page := "http: / / articles. example. com / 2014 / jun / 12 / local / singer - rehab\n" +
		"Singer checks into Sable Ridge Center\n" +
		"June 12, 2014\n" +
		"After missing a hearing last month, the singer has checked into the Sable Ridge Center to begin a 60-day court-ordered stay.\n" +
		"He was previously at the centre from March 2011 to May 2011 after a parole violation in an earlier case.\n"
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "x", Format: news.FormatText, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://articles.example.com/2014/jun/12/local/singer-rehab"; a.URL != want {
		t.Errorf("URL = %q, want %q", a.URL, want)
	}
	if want := "Singer checks into Sable Ridge Center"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if strings.Contains(a.Body, "http") {
		t.Errorf("body keeps the address line:\n%s", a.Body)
	}
	if !strings.Contains(a.Body, "Singer checks into Sable Ridge Center") {
		t.Errorf("clean body lost its first line:\n%s", a.Body)
	}
}

// A short clean text with a real sentence is a news brief and is kept; a
// short fragment without one is still no_text.
func TestTextBriefs(t *testing.T) {
	x := New(DefaultOptions())
	brief := "Fifty-eight-year-old Dale Kirrow is now accused of stealing two paintings from a village museum in 1989."
	// A report the corpus cut mid-sentence, under its address and headline.
	cut := "http://harbour.example/news/quay-closed\nQuay Closed After Storm\nEarly Friday morning, around 1:30 a.m., the harbour master and the"
	for _, text := range []string{brief, cut} {
		if _, err := x.Extract(news.Page{ID: "b", Format: news.FormatText, Content: []byte(text)}); err != nil {
			t.Errorf("brief %q skipped: %v", text[:20], err)
		}
	}
	for _, frag := range []string{"Page not found", "Loading comments", "Home\nNews\nSport", "Home\nNews and Sport in the Harbour and the Town"} {
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
		{"Top 8: Best Budget Hiking Boots\nby Henrik Sallow", "Top 8: Best Budget Hiking Boots"},
		{"Prize-Winning Cookbooks of 2024\nrecommended by Ada Mulvey", "Prize-Winning Cookbooks of 2024"},
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

// The date is the one nearest the headline, a published date before an
// update line nearer to it, and a dateline opening a long block counts; a
// date inside a sentence is an event's, unless a dash closes the
// sentence with it or the sentence is a byline.
func TestTextFindDate(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Headline of the story here", "Last updated: Nov 21, 2024", "Published February 5, 2024", "Body."}, "2024-02-05"},
		{[]string{"Headline of the story here", "Last updated: Nov 21, 2024", "Body."}, "2024-11-21"},
		{[]string{"Headline of the story here", "Posted on October 16, 2023 in Faculty of Marine Studies, General, Research, Master of Science in Coastal Ecology and Fisheries, Master of Science in Ship Design, News and Events, Our Faculty and Staff, Programs"}, "2023-10-16"},
		{[]string{"Pin-up icon dies at 85", "Page was born on April 22, 1923, in Nashville.", "She modelled in the fifties."}, ""},
		{[]string{"Film sequel gets a director", "The sequel is scheduled to open November 20, 2009.", "Casting starts soon."}, ""},
		{[]string{"Harbour reopens", "The latest update on the harbour works - June 15 2025.", "Ferries sail again."}, "2025-06-15"},
		{[]string{"Harbour reopens", "Posted by Ann Roe in Harbour News on Tuesday, 16 December 2008.", "Ferries sail again."}, "2008-12-16"},
		{[]string{"Harbour reopens", "WASHINGTON, Dec. 9, 2008 - The harbour board met in the capital.", "Ferries sail again."}, "2008-12-09"},
	}
	for _, tt := range tests {
		blocks := make([]textBlock, len(tt.lines))
		for i, l := range tt.lines {
			blocks[i] = textNewBlock(l)
		}
		got := ""
		if d, _ := textFindDate(blocks, 0, 1, len(blocks)); !d.IsZero() {
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

// A name alone on its line beside the byline's date, or before the date
// on one line, is the author; a menu line beside a date is not, nor is a
// line whose words the page writes in lower case.
func TestTextFindAuthorNameLine(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"name above date", []string{"Harbour Ferries Return for Winter", "Maren Solberg", "October 14, 2025", "The ferries will run twice a day."}, "Maren Solberg"},
		{"name and date on one line", []string{"Harbour Ferries Return for Winter", "Maren Solberg October 14, 2025", "The ferries will run twice a day."}, "Maren Solberg"},
		{"menu line", []string{"Harbour Ferries Return for Winter", "Get Started", "October 14, 2025", "Get started with the timetable."}, ""},
		{"section words in the prose", []string{"Harbour Ferries Return for Winter", "Ferry Timetables", "October 14, 2025", "The timetables list every ferry."}, ""},
		{"no date beside it", []string{"Harbour Ferries Return for Winter", "Maren Solberg", "The ferries will run twice a day."}, ""},
		{"stopword", []string{"Harbour Ferries Return for Winter", "No Comments", "October 14, 2025", "The ferries will run twice a day."}, ""},
		{"label line above the name", []string{"Harbour Ferries Return for Winter", "Written by", "Maren Solberg", "The ferries will run twice a day."}, "Maren Solberg"},
		{"label line above a menu", []string{"Harbour Ferries Return for Winter", "By", "Find Jobs", "Find jobs on the harbour board."}, ""},
		{"name beside a reading time", []string{"Harbour Ferries Return for Winter", "Maren Solberg", "9 min read", "The ferries will run twice a day."}, "Maren Solberg"},
	}
	for _, tt := range tests {
		if got := textAuthorOf(tt.lines...); got != tt.want {
			t.Errorf("%s: textFindAuthor = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTextSpanAcrossTable: a table of figures between two paragraphs of
// one article stays inside the body span, where menu items of the same
// length would cut it.
func TestTextSpanAcrossTable(t *testing.T) {
	para1 := "The harbour board counted the boats that came in each month this year, and the totals rose in the spring before falling back once the storms began in the autumn."
	para2 := "Fishing crews said the dip in the last months matched what they saw on the water, and the board expects the numbers to recover when the new quay opens next year."
	var rows []string
	for m := 1; m <= 30; m++ {
		rows = append(rows, fmt.Sprintf("%d/1/2024", m), fmt.Sprintf("+%d.%d%%", m%7, m%10))
	}
	page := para1 + "\n" + strings.Join(rows, "\n") + "\n" + para2 + "\n"
	blocks := textSplitBlocks(page)
	for i := range blocks {
		blocks[i].score = textScore(&blocks[i])
	}
	first, last := textBestSpan(blocks)
	if first != 0 || last != len(blocks) {
		t.Fatalf("span [%d, %d) of %d blocks: the table cut the article", first, last, len(blocks))
	}
	// the same run of short lines in words is a menu, and still cuts
	for i := range rows {
		rows[i] = fmt.Sprintf("Section %c", 'A'+i%26)
	}
	blocks = textSplitBlocks(para1 + "\n" + strings.Join(rows, "\n") + "\n" + para2 + "\n")
	for i := range blocks {
		blocks[i].score = textScore(&blocks[i])
	}
	if first, last := textBestSpan(blocks); first == 0 && last == len(blocks) {
		t.Fatal("a menu between two paragraphs was taken into the span")
	}
}

// TestTextSpanPastSignUp: a sign-up button between an article's
// paragraphs ("Sign up for free") costs the span, as a soft cue, but does
// not end it: commercial blogs put such boxes mid-article.
func TestTextSpanPastSignUp(t *testing.T) {
	para := func(topic string) string {
		return "The harbour board said the " + topic + " changed a great deal this year, and crews who work the quay every morning told us they had noticed it long before the figures came out in the spring report."
	}
	page := strings.Join([]string{
		para("boat counts"), para("mooring fees"),
		"Try Harbour Notes for your crew today", "Sign up for free →",
		para("winter storms"), para("new quay plans"), para("fish prices"),
	}, "\n") + "\n"
	blocks := textSplitBlocks(page)
	for i := range blocks {
		blocks[i].score = textScore(&blocks[i])
	}
	if first, last := textBestSpan(blocks); first != 0 || last != len(blocks) {
		t.Fatalf("span [%d, %d) of %d blocks: the sign-up line ended the article", first, last, len(blocks))
	}
}

// TestTextAssembleLeavesOut checks that the body's one byline and one
// date line, credit lines, reading times, wordless lines and a table of
// contents are left out, and that bylines and dates a page repeats,
// "Author:" labels, subheads that name no one, sentences about photos and
// what follows the contents stay.
func TestTextAssembleLeavesOut(t *testing.T) {
	prose := "The harbour board said the quay would reopen on Monday after the repairs were finished."
	tests := []keptBodyCase{
		{"one byline", []string{"By Mira Tolland ⋅ Harbour Editor ⋅ Updated May 6, 2025", prose}, []string{prose}},
		{"glued byline", []string{"ByMira Tolland", prose}, []string{prose}},
		{"bylines of listed posts", []string{"By Mira Tolland", prose, "By Ivo Lindqvist", prose},
			[]string{"By Mira Tolland", prose, "By Ivo Lindqvist", prose}},
		{"author label", []string{"Author: Mira Tolland", prose}, []string{"Author: Mira Tolland", prose}},
		{"subhead", []string{"By Audience", prose}, []string{"By Audience", prose}},
		{"a sentence", []string{"By Monday Harbour Road was open again.", prose}, []string{"By Monday Harbour Road was open again.", prose}},
		{"credits", []string{prose, "Image credit: Mira Tolland / Harbour Times", prose, "Photo courtesy of the Harbour Board",
			"A post shared by Harbour Times (@harbourtimes)"}, []string{prose, prose}},
		{"picture labels", []string{prose, "Image: Mira Tolland / Harbour Times", "Photo by Ivo Lindqvist on Keel Street", prose,
			"Illustration: Harbour Times"}, []string{prose, prose}},
		{"data sources and prose about images", []string{"Source: Harbour Board figures", "Image quality on the quay cameras is poor."},
			[]string{"Source: Harbour Board figures", "Image quality on the quay cameras is poor."}},
		{"table of contents", []string{prose, "Table of Contents", "1. Why the quay closed", "What did the board decide?",
			"Conclusion: the quay in 2026", prose}, []string{prose, prose}},
		{"contents end at a sentence", []string{"Contents:", "Why the quay closed", "The board met on Monday.", "Repairs"},
			[]string{"The board met on Monday.", "Repairs"}},
		{"contents under other headings", []string{prose, "In this article:", "Why the quay closed", "What the board decided",
			prose, "On this page", "Repairs", prose, "Jump to:", "Costs", prose, "Contents hide", "The ferry", prose},
			[]string{prose, prose, prose, prose, prose}},
		{"a sentence opening like a contents heading", []string{"In this article, we look at why the Keel Street quay closed.", prose},
			[]string{"In this article, we look at why the Keel Street quay closed.", prose}},
		{"one date line", []string{"December 20, 2025 at 6:20 am", prose}, []string{prose}},
		{"dates of posts", []string{"Dec 18, 2025", prose, "Dec 19, 2025", prose}, []string{"Dec 18, 2025", prose, "Dec 19, 2025", prose}},
		{"reading time and wordless lines", []string{"11 min read", "×", prose, "★★★★★"}, []string{prose}},
		{"photo prose", []string{"Photo booths on the quay drew long queues all weekend, the harbour board said."},
			[]string{"Photo booths on the quay drew long queues all weekend, the harbour board said."}},
		{"captions ending with a credit", []string{prose,
			"Fishing boats wait at the closed quay on Tuesday morning, as the tide comes in. Photo: Mira Tolland",
			"The old crane was lifted away in 1998. (Photo Credit: Harbour Board)",
			"A ferry leaves Keel Street pier in the fog.Ivo Lindqvist / Getty Images",
			"Harbour at Dusk, 2016. Oil on canvas, 40 × 60 cm. Courtesy the Keel Street Gallery.",
			prose}, []string{prose, prose}},
		{"cut titles of teasers", []string{prose, prose, "Harbourton Ferry Timetable for the Summer…", "Keel Street Quay Reopens After Two…",
			"a ferry in the fog", "Ten Walks Around the Old Harbour...", "Where to Eat on Keel…", prose}, []string{prose, prose, "a ferry in the fog", prose}},
		{"one cut title", []string{prose, "Keel Street Quay Reopens After Two…", prose},
			[]string{prose, "Keel Street Quay Reopens After Two…", prose}},
		{"cut titles far apart", []string{prose, "Keel Street Quay Reopens After Two…", prose, prose, prose, prose, "Ten Walks Around the Old Harbour..."},
			[]string{prose, "Keel Street Quay Reopens After Two…", prose, prose, prose, prose, "Ten Walks Around the Old Harbour..."}},
		{"cut lines of a list", []string{prose, "200+ free courses on sailing, knots, tides and Keel Street navigation…",
			"50 hours of lessons on ferries, harbour law…", "Then the tide turned…", "Good for ferries..."},
			[]string{prose, "200+ free courses on sailing, knots, tides and Keel Street navigation…",
				"50 hours of lessons on ferries, harbour law…", "Then the tide turned…", "Good for ferries..."}},
		{"cut titles above the body's first sentence", []string{"Keel Street Quay Reopens After Two…", "Ten Walks Around the Old Harbour...",
			"Where to Eat on Keel…", prose},
			[]string{"Keel Street Quay Reopens After Two…", "Ten Walks Around the Old Harbour...", "Where to Eat on Keel…", prose}},
		{"credits named inside prose", []string{prose,
			"The board thanked the divers, whose photos: the ones that showed the cracked piles, decided the matter.",
			"Capture Stunning Photos: the quay at sunrise draws crowds.",
			"The quay's new lights came courtesy of a grant from the Keel Street Trust.",
			"Courtesy of the harbour master:"},
			[]string{prose,
				"The board thanked the divers, whose photos: the ones that showed the cracked piles, decided the matter.",
				"Capture Stunning Photos: the quay at sunrise draws crowds.",
				"The quay's new lights came courtesy of a grant from the Keel Street Trust.",
				"Courtesy of the harbour master:"}},
	}
	checkKeptBodies(t, tests)
}

// TestTextSplitBlocksInvisible checks that a line of nothing but
// invisible format characters is no block, and that one inside text
// stays.
func TestTextSplitBlocksInvisible(t *testing.T) {
	blocks := textSplitBlocks("Quay fire spreads\n\u200d\n\n\u200b\ufeff \nThe harbour\u200dboard met.\n")
	var got []string
	for _, b := range blocks {
		got = append(got, b.text)
	}
	want := []string{"Quay fire spreads", "The harbour\u200dboard met."}
	if !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}

// A headline is a few words not ended like a sentence; corpora that space
// their quotes out ("young. ”") end the sentence inside them all the same,
// and a line ending on an opening quote was cut inside one.
func TestTextIsHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Harbour reopens after the storm", true},
		{"Harbour master: `` We will reopen ''", true},
		{"Why the harbour closed?", true},
		{"The quay reopened on Tuesday after the storm.", false},
		{"We want to sail again when the weather turns. ''", false},
		{"`` The quay is definitely unsafe. ''", false},
		{"The harbour master has the final say ``", false},
	}
	for _, tt := range tests {
		b := textNewBlock(tt.in)
		if got := textIsHeadline(&b); got != tt.want {
			t.Errorf("textIsHeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A <title>-style line "Headline | Site" loses its tail when the page
// states the tail again (the site's name in its header or footer); a
// longer second clause, a tail stated nowhere else and a breadcrumb of
// several separators are kept whole.
func TestTextTitleCutTail(t *testing.T) {
	blocks := textSplitBlocks("Harbour Gazette\nNews\nBoats\n\n" +
		"The oldest winch on the quay | Harbour Gazette\n\n" +
		"The winch had to lift a full net in one pull, and every part of it was cast in the town foundry in 1902.\n\n" +
		"Fishers still use it on feast days, when the harbour master lets them haul the old boats up the slip.\n\n" +
		"© 2026 Harbour Gazette - Part 2 of our series\n\n" +
		"The harbour master has signed a six-year deal with the town.\n")
	for _, c := range []struct{ title, want string }{
		// a tokenised corpus spaces hyphens out: a lower-case tail is the word's rest
		{"Harbour master signs a six - year deal", "Harbour master signs a six - year deal"},
		{"The oldest winch on the quay | Harbour Gazette", "The oldest winch on the quay"},
		{"The oldest winch on the quay - Part 2", "The oldest winch on the quay"},
		{"The oldest winch on the quay – Harbour Times", "The oldest winch on the quay – Harbour Times"},
		{"The oldest winch – and how the town kept it working", "The oldest winch – and how the town kept it working"},
		{"Home / Boats / Harbour Gazette", "Home / Boats / Harbour Gazette"},
		{"Quay | Harbour Gazette", "Quay | Harbour Gazette"},
	} {
		if got := textTitleCutTail(c.title, blocks, 1); got != c.want {
			t.Errorf("textTitleCutTail(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	page := "Harbour Gazette\nNews\nBoats\nWeather\n\n" +
		"The oldest winch on the quay | Harbour Gazette\n\n" +
		"The winch had to lift a full net in one pull, and every part of it was cast in the town foundry in 1902.\n\n" +
		"Fishers still use it on feast days, when the harbour master lets them haul the old boats up the slip and the children ride them.\n\n" +
		"The council has promised to paint it again this summer, though nobody has yet agreed on the colour it was first given.\n\n" +
		"© 2026 Harbour Gazette\n"
	checkTextTitle(t, page, "The oldest winch on the quay")
}

// A body span that opens on a standfirst above the headline leaves the
// headline just inside it; it is taken there on a lower bar (it scores
// -2.95 here, under textTitleMinLogit).
func TestTextTitleJustInsideBody(t *testing.T) {
	page := "Menu\nHome\nRecipes\nGarden\nContact\n\n" +
		"Our gardening desk answers the questions readers send in most often, one plant at a time, every week of the year.\n" +
		"5 ways to keep basil alive through the winter\n" +
		"Basil is a summer herb, but with a bright window and a little care it can last until spring on a kitchen sill.\n" +
		"Most basil bought in pots dies within weeks because the plants are crowded together and the soil stays too wet for their roots.\n" +
		"Split the pot into three or four clumps, repot each in fresh compost, and water only when the top of the soil feels dry to the touch.\n" +
		"Give the plants the brightest window you have, turn them every few days, and pinch out the tips so they grow bushy rather than tall.\n" +
		"If the leaves turn pale, move the pots closer to the glass, but keep them away from cold draughts on frosty nights.\n" +
		"Share this article\n"
	checkTextTitle(t, page, "5 ways to keep basil alive through the winter")
}

// A headline chosen nearer the body gives way to a longer statement of
// it a few blocks above; a site's name after a separator is no longer
// headline, and a line further up than textTitleAbove is not looked at.
func TestTextTitleLonger(t *testing.T) {
	page := "Lighting for indoor plants and starting seeds\n\n" +
		"Lighting for indoor plants | Green Sill\n\n" +
		"Posted in Houseplants\n\n" +
		"Lighting for indoor plants\n\n" +
		"Most houseplants come from forest floors and need far less light than a seedling does on a windowsill in March.\n"
	blocks := textSplitBlocks(page)
	if got := textTitleLonger(blocks, []int{0, 1, 3}, 3); got != 0 {
		t.Errorf("textTitleLonger = %d (%q), want 0", got, blocks[got].text)
	}
	if got := textTitleLonger(blocks, []int{1, 3}, 3); got != 3 {
		t.Errorf("with only a site-suffixed line above: textTitleLonger = %d, want 3", got)
	}
	far := strings.Repeat("Menu entry\n\n", textTitleAbove) + page[strings.Index(page, "Lighting for indoor plants |"):]
	blocks = textSplitBlocks("Lighting for indoor plants and starting seeds\n\n" + far)
	best := len(blocks) - 2
	if got := textTitleLonger(blocks, []int{0, best}, best); got != best {
		t.Errorf("a longer line %d blocks above: textTitleLonger = %d, want %d", best, got, best)
	}
}

// A listicle's full headline states the page's shortened heading with a
// count or a year in front; it wins, above or below the heading, while a
// comment heading or a breadcrumb that names the headline does not.
func TestTextTitleCounted(t *testing.T) {
	page := "Home | Garden | Tools\n\n" +
		"9 of the Best Pruning Saws for Small Orchards\n\n" +
		"By Mara Quist\n\n" +
		"Best Pruning Saws for Small Orchards\n\n" +
		"A good pruning saw cuts on the pull stroke and leaves a clean face that the tree can close over within a season.\n\n" +
		"2 Comments on Best Pruning Saws for Small Orchards\n"
	blocks := textSplitBlocks(page)
	if got := textTitleLonger(blocks, []int{0, 1, 3, 5}, 3); got != 1 {
		t.Errorf("textTitleLonger = %d (%q), want 1", got, blocks[got].text)
	}
	if got := textTitleLonger(blocks, []int{0, 3, 5}, 3); got != 3 {
		t.Errorf("with only a comment heading below: textTitleLonger = %d (%q), want 3", got, blocks[got].text)
	}
	below := "Sourdough Starter Guide\n\n" +
		"Feed it flour and water once a day and keep it somewhere warm until it doubles between feeds.\n\n" +
		"2026 Sourdough Starter Guide for Beginners\n"
	blocks = textSplitBlocks(below)
	if got := textTitleLonger(blocks, []int{0, 2}, 0); got != 2 {
		t.Errorf("below: textTitleLonger = %d (%q), want 2", got, blocks[got].text)
	}
	for _, c := range []struct {
		long string
		want bool
	}{
		{"9 of the Best Pruning Saws for Small Orchards", true},
		{"2026 Best Pruning Saws for Small Orchards", true},
		{"2 Comments on Best Pruning Saws for Small Orchards", false},
		{"How We Tested Best Pruning Saws for Small Orchards", false},
		{"9 Best Pruning Saws for Small Orchards | Garden Weekly", false},
		{"9 Best Pruning Saws for Small Orchardsmen", false},
	} {
		if got := textTitleCounted(c.long, "Best Pruning Saws for Small Orchards"); got != c.want {
			t.Errorf("textTitleCounted(%q) = %v, want %v", c.long, got, c.want)
		}
	}
}

// A newsletter's headline that ends on its issue's date is a candidate;
// a dateline is not.
func TestTextTitleDatedAtEnd(t *testing.T) {
	page := "Home\n\nArchive\n\nSubscribe\n\n" +
		"Harbour Notes: Eelgrass Survey Results (2026-03-14)\n\n" +
		"By Ana Ruiz\n\n" +
		"This week the volunteer divers finished counting the eelgrass beds along the north shore of the harbour, and the numbers are better than anyone expected after last winter's storms.\n\n" +
		"The beds near the ferry landing grew by almost a third, while those by the old boatyard held steady despite the dredging that started in the autumn.\n\n" +
		"Next month the survey moves to the south shore, where the water is murkier and the counts have always been harder to make.\n"
	checkTextTitle(t, page, "Harbour Notes: Eelgrass Survey Results (2026-03-14)")
	checkLineCases(t, "textTitleDatedAtEnd", textTitleDatedAtEnd, []lineWant{
		{"Harbour Notes: Eelgrass Survey Results (2026-03-14)", true},
		{"Tide Table Roundup 03/14/2026", true},
		{"14 Mar 2026, 11:59", false},
		{"Mar 14 2026 Eelgrass survey results", false},
		{"POSTED: 0930 GMT (1730 HKT), March 14, 2026", false},
		{"Last updated on March 14, 2026", false},
	})
}

// A clean body has no span that could open above its headline: the
// lower bar just inside the body is for pages only.
func TestTextTitleMinLogitAtClean(t *testing.T) {
	if got := textTitleMinLogitAt(12, 10, false); got != textTitleMinLogitHead {
		t.Errorf("page, 2 blocks into the body: bar %v, want %v", got, textTitleMinLogitHead)
	}
	if got := textTitleMinLogitAt(12, 10, true); got != textTitleMinLogit {
		t.Errorf("clean body, 2 blocks in: bar %v, want %v", got, textTitleMinLogit)
	}
}

// The block right above the body's first is held to a lower bar than
// the lines further up and the body's first block itself.
func TestTextTitleMinLogitEdge(t *testing.T) {
	if textTitleMinLogitEdge >= textTitleMinLogitAbove {
		t.Errorf("the bar right over the body, %v, is not under the bar above it, %v", textTitleMinLogitEdge, textTitleMinLogitAbove)
	}
	for _, tt := range []struct {
		i    int
		want float64
	}{
		{9, textTitleMinLogitEdge},
		{10, textTitleMinLogitAbove},
		{8, textTitleMinLogitAbove},
	} {
		if got := textTitleMinLogitAt(tt.i, 10, false); got != tt.want {
			t.Errorf("block %d over a body starting at 10: bar %v, want %v", tt.i, got, tt.want)
		}
	}
}

// Where no date is stated around the title, the byline above it is read
// before the dates below the body: the title taken is a section's heading
// inside the article, and the date below is a related story's.
func TestTextFindDateAboveBeforeBelow(t *testing.T) {
	para := "The ferry from Harbourton to Keel Street will leave twenty minutes earlier on weekdays from the spring, the harbour board said on Monday."
	lines := []string{"Harbourton ferry times change in spring", "Maren Solberg | March 4, 2026"}
	for range 10 {
		lines = append(lines, para)
	}
	lines = append(lines, "What the new timetable means for Mill Lane") // the title taken, block 12
	for range 6 {
		lines = append(lines, para)
	}
	lines = append(lines, "Related stories", "Keel Street bakery reopens after the flood", "February 2, 2026")
	blocks := make([]textBlock, len(lines))
	for i, l := range lines {
		blocks[i] = textNewBlock(l)
	}
	got, _ := textFindDate(blocks, 12, 12, 19)
	if want := "2026-03-04"; got.Format("2006-01-02") != want {
		t.Errorf("textFindDate = %v, want %s", got, want)
	}
}

// A title-cased headline that ends on a full stop is still a candidate;
// a teaser cut short ("...") and a heading ending on an abbreviation are
// not taken for one by it.
func TestTextTitleCasedStop(t *testing.T) {
	page := "Home\n\nArchive\n\nSubscribe\n\n" +
		"Things to Know Before Sailing Out of Harbourton for the First Time.\n\n" +
		"By Ana Ruiz\n\n" +
		"The harbour master's office on Keel Street hands every new skipper a laminated card with the tide times, and most of them lose it before the first weekend is out.\n\n" +
		"The channel past the breakwater is narrower than the charts make it look, and the ferry has the right of way whatever the rules of the road say.\n\n" +
		"Fuel is cheapest at the co-operative dock, which closes at six sharp and does not open on Sundays outside the summer months.\n"
	checkTextTitle(t, page, "Things to Know Before Sailing Out of Harbourton for the First Time.")
	checkLineCases(t, "textTitleCasedStop", onBlock(func(b *textBlock) bool { var sc textnorm.WordScanner; return textTitleCasedStop(b, &sc) }), []lineWant{
		{"Things to Know Before Sailing Out of Harbourton for the First Time.", true},
		{"Who Reads the Tide Tables? Increasingly, Not a Skipper.", true},
		{"The skipper read the tide tables before leaving the harbour.", false},
		{"What Are the Best Moorings in Harbourton...", false},
		{"Top 10 Boatyards in the U.S.A.", false},
		{"Keel Street Fair.", false},
	})
}

// A headline written in lower case joins the link or kicker line above
// it when the page is flattened; the headline is that second line, not
// the link.
func TestTextTitleSecondLine(t *testing.T) {
	page := "Harbourton Notes\n\nSubscribe\n\n" +
		"Sign in\nwhat the tide leaves behind on keel street\n\n" +
		"Ana Ruiz\n\nMar 14, 2026\n\n" +
		"Every spring the harbour master's office on Keel Street counts what the highest tides of the year have carried up the slipway, and every spring the list is longer than the last.\n\n" +
		"This year the volunteers found three lobster pots, a bicycle wheel, a ship's bell from a trawler that sank in the sixties and more plastic bottles than they could carry.\n\n" +
		"The bell is going to the museum on the quay, where it will hang beside the lifeboat board once it has been cleaned.\n"
	checkTextTitle(t, page, "what the tide leaves behind on keel street")
	for _, c := range []struct {
		first, rest, want string
	}{
		{"Sign in", "what the tide leaves behind on keel street", "what the tide leaves behind on keel street"},
		{"Sponsor me", "harbourton_tides: Progress Report #12\nmore", "harbourton_tides: Progress Report #12"},
		{"Harbourton Tide Tables Explained", "a guide for new skippers", ""}, // first line too long for a link
		{"Sign in", "by Ana Ruiz", ""},                                  // a byline
		{"Explore Moorings", "or browse the harbour map", ""},           // continues the line above
		{"Secure payment", "with card, transfer, cheque", ""},           // a list after a label
		{"Example", "curl https://harbourton.example/api/tides \\", ""}, // code
		{"Sign in", "keel street fair", ""},                             // too short
	} {
		if got := textTitleSecondLine(c.first, c.rest); got != c.want {
			t.Errorf("textTitleSecondLine(%q, %q) = %q, want %q", c.first, c.rest, got, c.want)
		}
	}
}

// A headline of one or two words is a candidate when the page confirms
// it: the end of the breadcrumb just above, or the same line twice in a
// row, ending on an exclamation mark or none. A name under a lone "By"
// is not, nor a line ending on a full stop.
func TestTextTitleShortConfirmed(t *testing.T) {
	body := "The harbour master's office on Keel Street keeps a list of every mooring in the inner harbour, with the name of the boat that holds it and the date its lease runs out.\n\n" +
		"A mooring that falls free goes to the first name on the waiting list, which is read out at the spring meeting in the old sail loft and pinned to the office door afterwards.\n\n" +
		"Visitors can take one of the six swinging moorings by the breakwater for up to a week, paying at the fuel dock before they leave.\n"
	checkTextTitle(t, "Harbourton Council\n\nSearch\n\nHome / Harbour Guides / Moorings\n\nMoorings\n\n"+body, "Moorings")
	checkTextTitle(t, "Harbourton Council\n\nSearch\n\nHarbour Office\n\nHarbour Office\n\n"+body, "Harbour Office")
	checkTextTitle(t, "Harbourton Council\n\nSearch\n\nMoorings Full!\n\nMoorings Full!\n\n"+body, "Moorings Full!") // an exclamation is no sentence
	blocks := []textBlock{textNewBlock("By"), textNewBlock("Ana Ruiz"), textNewBlock("Ana Ruiz"), textNewBlock("Keel Street"), textNewBlock("Contact"),
		textNewBlock("Read more."), textNewBlock("Read more.")}
	c := newTextTitleContext(blocks, 0)
	for i, want := range []bool{false, false, false, false, false, false, false} {
		if got := c.shortConfirmed(i); got != want {
			t.Errorf("shortConfirmed(%q) = %v, want %v", blocks[i].text, got, want)
		}
	}
}

// Lines of one or two words among the candidates leave the others'
// comparative features as they were: they count neither as a prefix of
// a longer candidate, nor as a candidate nearer the body, nor as the one
// sharing the URL slug best.
func TestTextTitleShortNotCompared(t *testing.T) {
	blocks := []textBlock{
		textNewBlock("Harbour Moorings for Visiting Yachts"),
		textNewBlock("Harbour Moorings"),
		textNewBlock("Harbour Moorings"),
		textNewBlock("The harbour master's office on Keel Street keeps a list of every mooring in the inner harbour, with the name of the boat that holds it."),
		textNewBlock("A mooring that falls free goes to the first name on the waiting list, which is read out at the spring meeting in the old sail loft."),
	}
	cands, vecs := textTitleVectors(news.Page{URL: "https://harbourton.example/guides/harbour-moorings"}, blocks, 3, len(blocks))
	for k, i := range cands {
		if i != 0 {
			continue
		}
		if vecs[k][31] != 0 {
			t.Errorf("headline counted a short line as its prefix")
		}
		if vecs[k][22] != 1 {
			t.Errorf("headline lost the best slug overlap to a short line")
		}
		if want := 1.0; vecs[k][12] != want { // no other candidate is nearer
			t.Errorf("headline rank feature %v, want %v", vecs[k][12], want)
		}
		return
	}
	t.Fatalf("headline not a candidate: %v", cands)
}

// A title-cased headline with its one-sentence dek joined under it (the
// dek opening in lower case) is read by its first line, not taken whole
// for a sentence.
func TestTextTitleOverDek(t *testing.T) {
	page := "Harbourton Guide\n\nSearch\n\n" +
		"Best Cafés on Keel Street in 2026\nharbourtonguide picks the cafés worth the walk from the ferry, from the bakery by the slipway to the roastery in the old net loft.\n\n" +
		"Ana Ruiz\n\nMar 14, 2026\n\n" +
		"Keel Street has more cafés than it has chandlers now, and the best of them open early enough for the first ferry and close late enough for the last boat in.\n\n" +
		"The bakery by the slipway sells out of its cardamom buns by nine, so come early or settle for the rye loaf, which is nearly as good and lasts all week.\n\n" +
		"The roastery in the old net loft roasts on Tuesdays, when the whole street smells of it, and sells its beans by the bag at the counter.\n"
	checkTextTitle(t, page, "Best Cafés on Keel Street in 2026")
	for _, c := range []struct {
		first, rest string
		want        bool
	}{
		{"Best Cafés on Keel Street in 2026", "harbourtonguide picks the cafés worth the walk from the ferry, from the bakery to the roastery.", true},
		{"in support of the harbour", "trust the volunteers raised more money than ever before at the spring fair.", false},    // a sentence broken at a link
		{"Start Sailing Book a Lesson", "lessons went from six a week to ten. saw a doubling of bookings this spring.", false}, // several sentences
		{"Best Cafés on Keel Street", "a short dek.", false},
	} {
		if got := textTitleOverDek(c.first, c.rest); got != c.want {
			t.Errorf("textTitleOverDek(%q, %q) = %v, want %v", c.first, c.rest, got, c.want)
		}
	}
}

// checkTextTitle extracts a flattened page and checks its title.
func checkTextTitle(t *testing.T, page, want string) {
	t.Helper()
	a, err := New(DefaultOptions()).Extract(news.Page{ID: "p", Format: news.FormatText, Content: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
}

func TestTextTitleShorter(t *testing.T) {
	body := "Sam Reid\n\nMar 14, 2026\n\n" +
		"The ferry from Keel Street to the outer islands runs twice a day in winter and four times in summer, and the morning boat is the one the islanders take to market.\n\n" +
		"The evening boat is quieter and slower, calling at every pier on the way out, and it is the one to take if you want to see the whole of the sound in one trip.\n\n" +
		"Tickets are sold at the kiosk by the slipway and on board, and a season pass pays for itself within a month if you cross every working day.\n"
	// the breadcrumb over the byline, its last step a heading of the body
	crumb := "Harbourton Guide\n\nSearch\n\nHome / Guides / Best Ferries of 2026\n\nSam Reid\n\nMar 14, 2026\n\n" +
		"The ferry from Keel Street to the outer islands runs twice a day in winter and four times in summer, and the morning boat is the one the islanders take to market.\n\n" +
		"Best Ferries of 2026\n\n" +
		"The evening boat is quieter and slower, calling at every pier on the way out, and it is the one to take if you want to see the whole of the sound in one trip.\n\n" +
		"Tickets are sold at the kiosk by the slipway and on board, and a season pass pays for itself within a month if you cross every working day.\n"
	checkTextTitle(t, crumb, "Best Ferries of 2026")
	checkTextTitle(t, "Harbourton Guide\n\nSearch\n\nKeel Street Ferry Times – Harbourton Guide Tide Table Spreadsheet\n\nKeel Street Ferry Times\n\n"+body, "Keel Street Ferry Times")
	checkTextTitle(t, "Harbourton Links\n\nnew | past | ask\n\nKeel Street Ferry Fares Double Overnight (harbourton.org) 87\n\nKeel Street Ferry Fares Double Overnight\n\n"+body, "Keel Street Ferry Fares Double Overnight")
	for _, c := range []struct {
		long, short string
		want        bool
	}{
		{"Home / Guides / Best Ferries of 2026", "Best Ferries of 2026", true},
		{"Home » Best Ferries of 2026", "Best Ferries of 2026", true},
		{"Home /Best Ferries of 2026", "Best Ferries of 2026", true},                   // a crumb without its space
		{"| Guides | Blog | Best Ferries of 2026", "Best Ferries of 2026", true},       // a bar trail
		{"PROJECT: Keel Street Ferry Log", "Keel Street Ferry Log", true},              // a label
		{"Ferries Round Keel Street: The Complete Guide", "The Complete Guide", false}, // the headline's own first clause, not a label
		{"Our Guides Best Ferries of 2026", "Best Ferries of 2026", false},             // no separator before the crumb
		{"Keel Street Ferry Times – Tide Table Spreadsheet", "Keel Street Ferry Times", true},
		{"Keel Street Ferry Fares Double (harbourton.org) 87", "Keel Street Ferry Fares Double", true},
		{"Ferries for Beginners: The Complete Guide", "Ferries for Beginners", false},  // the headline's own first clause
		{"16 Best Ferry Routes (2026 Ranking + Guide)", "16 Best Ferry Routes", false}, // a parenthesis of the headline's own
		{"Best Ferries of 2026 in Harbourton", "Best Ferries of 2026", false},          // goes on: textTitleLonger's case
		{"Ferries – Keel Street", "Ferries", false},                                    // one word
	} {
		if got := textTitleStatesPart(c.long, c.short); got != c.want {
			t.Errorf("textTitleStatesPart(%q, %q) = %v, want %v", c.long, c.short, got, c.want)
		}
	}
}

// TestTextLeaveOutPromos checks that the lines of the page's business
// set among a flattened article's paragraphs go, that a list item asking
// to sign up stays, that an appeal about the writing still ends the body,
// and that a newsletter pitch inside a note on first publication does not
// hide the note, which ends the body too (textLeaveOutClosing runs
// first).
func TestTextLeaveOutPromos(t *testing.T) {
	prose := "The harbour board said the quay would reopen on Monday after the repairs were finished."
	note := "This story about the Keel Street quay was produced by the Harbourton Ledger. Sign up for our weekly newsletter to get it in your inbox."
	tests := []keptBodyCase{
		{"business lines", []string{prose, "Ivo Lindqvist / Getty Images", prose, "Check price at Harbour Hardware", prose,
			"Sign up to our fortnightly Harbour Notes newsletter for walks, tides and ferry news.", prose,
			"Thanks for signing up!", "Please scroll to the right for more info.", prose, "1,693 views"},
			[]string{prose, prose, prose, prose, prose}},
		{"photo credits", []string{prose, "Photo Illustration: Harbour Times, Getty Images", prose,
			"Fishing boats wait off Keel Street for the tide to turn. Photo : Harbour Desk", prose},
			[]string{prose, prose, prose}},
		{"appeals of one line", []string{prose, "Enjoy the post? Pin it for later!", prose, "Follow us on Instagram for more walks around Harbourton.", prose},
			[]string{prose, prose, prose}},
		{"an appeal about the writing still ends the body", []string{prose, prose, prose, prose, prose,
			"If you enjoyed this article, please share it with a friend who loves the harbour.", "Ten Walks Around the Old Harbour"},
			[]string{prose, prose, prose, prose, prose}},
		{"links to full texts", []string{prose, "Read our full Harbour Kettle review", prose, "Read the full story", prose,
			"Read the full timetable before you sail, as the ferry runs only twice a day.", "Read the fullness of the tide"},
			[]string{prose, prose, prose, "Read the full timetable before you sail, as the ferry runs only twice a day.",
				"Read the fullness of the tide"}},
		{"a step of a how-to", []string{prose, "- Sign up for the harbour board's newsletter to hear when the quay reopens.", prose},
			[]string{prose, "- Sign up for the harbour board's newsletter to hear when the quay reopens.", prose}},
		{"a pitch inside a note", []string{prose, prose, prose, prose, prose, prose, note, "Ten Walks Around the Old Harbour"},
			[]string{prose, prose, prose, prose, prose, prose}},
	}
	checkKeptBodies(t, tests)
}

// TestTextIsBreadcrumb checks which kept lines read as a breadcrumb
// trail.
func TestTextIsBreadcrumb(t *testing.T) {
	checkLineCases(t, "textIsBreadcrumb", onBlock(textIsBreadcrumb), []lineWant{
		{"Home » Harbour News » Keel Street Quay Reopens After Two Years", true},
		{"Home / Ferries", true},
		{"Home|Tide Tables", true},
		{"Guides > Ferries > Summer Timetable", true},
		{"Harbourton Ledger › Walks › Ten Walks Around the Old Harbour", true},
		{"Go to Settings > Ferries > Alerts.", false},
		{"Example: Boats > Sail > Dinghies", false},
		{"Homeowners on Keel Street > the harbour board, the survey found", false},
		{"Tides > 2 metres are rare in June", false},
		{"Home » The quay reopens on Monday, the board said.", false},
	})
	prose := "The harbour board said the quay would reopen on Monday after the repairs were finished."
	blocks := []textBlock{textNewBlock("Home » Harbour News » Keel Street Quay Reopens"), textNewBlock(prose)}
	if body, _ := textAssemble(blocks, []bool{true, true}, false); body != prose {
		t.Errorf("body %q, want the prose alone", body)
	}
}

// TestTextPromoOpeners checks that textIsPromo's gates let through a line
// of each form the anchored promo expressions open with: each line is a
// match of its expression, and textIsPromo must take it too.
func TestTextPromoOpeners(t *testing.T) {
	for _, s := range []string{
		"Be sure to follow us on Instagram", "Please follow us for more harbour walks", "Don't forget to follow me",
		"Don’t forget to follow us", "Follow me on Harbourgram", "Pin it for later!", "Please share this post with a friend",
		"Share this article with your crew", "If you enjoyed the walk, share it", "If you found this useful, pin it",
		"Enjoy this post? Pin it!", "Enjoyed the article? Share it", "Did you enjoy this walk?", "Thanks for reading Harbour Notes!",
		"Thank you for reading!", "➡️ Check current price", "CHECK PRICE", "Check the latest prices at Keel Hardware",
		"Thanks for subscribing!", "Thank you for signing up!", "Your message has been sent.", "You're all signed up!",
		"You are subscribed.", "Please check your email to confirm.", "If you do not receive a confirmation email, write to us.",
		"Please scroll to the right for more info.", "Scroll right to see the whole table", "(Visited 1,902 times, 364 visits today)",
		"Visited 12 times", "1,693 views", "Post views: 220",
	} {
		b := textNewBlock(s)
		if !isPromoLine(block{text: s}, b.words) {
			t.Errorf("%q is no promo line: the case is wrong", s)
			continue
		}
		if !textIsPromo(&b) {
			t.Errorf("textIsPromo(%q) = false, but isPromoLine takes it", s)
		}
	}
}

// lineWant is a line and whether a test of one line should take it.
type lineWant struct {
	line string
	want bool
}

// checkLineCases holds fn, a test of one line, to its cases.
func checkLineCases(t *testing.T, name string, fn func(string) bool, cases []lineWant) {
	t.Helper()
	for _, c := range cases {
		if got := fn(c.line); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", name, c.line, got, c.want)
		}
	}
}

// onBlock makes a test of a block a test of the line it reads.
func onBlock(fn func(*textBlock) bool) func(string) bool {
	return func(s string) bool {
		b := textNewBlock(s)
		return fn(&b)
	}
}

// A headline typed with fullwidth punctuation comes out in ASCII, as
// the HTML path gives it (narrowFullwidth).
func TestTextTitleFullwidth(t *testing.T) {
	page := "Harbourton Post\nNews\nWeather\n\n" +
		"Why Does Keel Street Flood Every Spring？\n\n" +
		"The drains under Keel Street were laid in 1890 for a town of four thousand, and the street now carries the rain of a town five times that size.\n\n" +
		"Every spring the tide backs up the outfall just as the snow melts off the hill, and the water has nowhere to go but the cellars along the street.\n\n" +
		"The council has promised a new outfall by the ferry pier, though nobody has yet agreed on who will pay for it or when the work can start.\n\n" +
		"© 2026 Harbourton Post\n"
	checkTextTitle(t, page, "Why Does Keel Street Flood Every Spring?")
}

// TestTextTitleFurniture checks that a search prompt, metadata labels, a
// postal address and a sentence broken off at a comma, lines that read
// like headlines, are not taken as the title of a page read without its
// URL (each is, with textTitleFurniture off), and which lines
// textTitleFurniture refuses.
func TestTextTitleFurniture(t *testing.T) {
	prose := strings.Join(textFerryParas[:3], "\n\n") + "\n"
	for _, c := range []struct{ name, top string }{
		{"search prompt", "Harbourton Health\n\nMenu\n\nSearch All Harbourton Health Clinics\n\nBy Sam Reid\n\n"},
		{"last updated", "Harbourton Guide\n\nMenu\n\nLast Updated: March 14, 2026\n\nBy Sam Reid\n\n"},
		{"reviewed by", "Harbourton Guide\n\nMenu\n\nReviewed By: Mira Tolland, PhD, RD\n\nBy Sam Reid\n\n"},
		{"address", "Harbourton Ferries\n\nHarbourton, ME 04101\n\n"},
		{"broken sentence", "Harbourton Ferries\n\nOne of the oldest piers on the sound is the one at Keel Street,\n\n"},
		{"glued year", "Harbourton Reads\n\nMenu\n\nBest ferry books of 2025Harbour history books\n\n"},
		{"dateline", "Story Created: Mar 14, 2026 at 9:56 AM AKDT\n\n"},
	} {
		t.Run(c.name, func(t *testing.T) { checkTextTitle(t, c.top+prose, "") })
	}
	// A dateline above the headline: the headline is the title.
	headed := "12:52 p.m. EDT Mar 14, 2026\n\nHarbourton Ferry to Run Through the Winter\n\n"
	t.Run("dateline above the headline", func(t *testing.T) {
		checkTextTitle(t, headed+prose, "Harbourton Ferry to Run Through the Winter")
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Search all Harbourton Health", true},
		{"Reading time: 4 minutes", true},
		{"Last updated Mar 14, 2026", true},
		{"Harbourton, ME 04101", true},
		{"Harbourton, ME 04101-2233", true},
		{"One of the oldest piers on the sound is the one at Keel Street,", true},
		{"Search for missing walker resumes on Mill Lane", false}, // news
		{"Updated ferry timetable for the winter", false},
		{"How We Tested Ferry Kettles", true},
		{"How We Travel Now", false},
		{"Nine Ways to Cross the Sound in Winter", false},
		{"Best Ferries of 2026, ME 2026", false},
		{"Best ferry books of 2025Harbour history books", true},
		{"The 2025 Harbour Regatta", false},
		{"Keel Street 12025Mill", false}, // no year
		{"Posted: 04/9/2026 8:33 am Updated: 04/9/2026 8:33 am", true},
		{"Ferry to run until March 14, 2026", false},
		{`Embed this gist at &lt;script src=&quot;https://gist.harbourton.example/a1.js&quot;&gt;&lt;/script&gt;`, true},
		{"Ferries & Boats of Keel Street", false},
		{"Visit: https://harbourton.example/ferries", true},
		{"Harbourton Post logo", true},
		{"Logo Design for Harbour Shops", false},
		{"Buy on Keel Street Market", true},
		{"Home", true},
		{"Search", true},
		{"Home Ferries of the Sound", false},
	} {
		if got := textTitleFurniture(c.line); got != c.want {
			t.Errorf("textTitleFurniture(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestTextTitleUndated checks that a headline with a date written out at
// its start or its end, as a blog's index lines give it, is the title
// without the date, and that datelines stay whole.
func TestTextTitleUndated(t *testing.T) {
	prose := strings.Join(textFerryParas[:3], "\n\n") + "\n"
	checkTextTitle(t, "Sam Reid's notes\n\nDec 18 2025 Keel Street Quay Reopens After Repairs\n\n"+prose, "Keel Street Quay Reopens After Repairs")
	checkTextTitle(t, "Harbourton Notes\n\nMenu\n\nFerry timetable for winter week 2 20 December 2025\n\n"+prose, "Ferry timetable for winter week 2")
	for _, c := range []struct{ in, want string }{
		{"Keel Street Quay Reopens - 3 October 2023", "Keel Street Quay Reopens"},
		{"December 18, 2025 Keel Street Quay Reopens", "Keel Street Quay Reopens"},
		{"Harbour Log 12/19/2025", "Harbour Log 12/19/2025"},                                                 // a numeric date, part of a name
		{"13 November 2012 Last updated at 11:11 GMT", "13 November 2012 Last updated at 11:11 GMT"},         // a dateline
		{"Ferry Fares Rise on Mill Lane on March 8, 2026", "Ferry Fares Rise on Mill Lane on March 8, 2026"}, // the date is the sentence's
		{"Quay Reopens, 3 October 2023", "Quay Reopens, 3 October 2023"},                                     // too short once cut
	} {
		if got := textTitleUndated(c.in); got != c.want {
			t.Errorf("textTitleUndated(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTextTitleStatedTwice: a headline the page states again (here at a
// breadcrumb trail's end) is given with straight quotes; one stated once
// keeps the page's curly ones.
func TestTextTitleStatedTwice(t *testing.T) {
	prose := strings.Join(textFerryParas[:3], "\n\n") + "\n"
	checkTextTitle(t, "Home » Harbour » Harbourton’s Ferry Returns to Keel Street\n\nHarbourton’s Ferry Returns to Keel Street\n\n"+prose,
		"Harbourton's Ferry Returns to Keel Street")
	checkTextTitle(t, "Harbour News\n\nHarbourton’s Ferry Returns to Keel Street\n\n"+prose,
		"Harbourton’s Ferry Returns to Keel Street")
}

// TestTextTitleCleanBelowSentence checks that a clean body's title is
// never a line under its first sentence (textFirstSentence): a question
// or a sentence without its stop further down is the report's own, and a
// headline over the first sentence stays the title.
func TestTextTitleCleanBelowSentence(t *testing.T) {
	body := strings.Join(textFerryParas[:3], "\n") + "\n"
	t.Run("question under the prose", func(t *testing.T) {
		checkTextTitle(t, body+"Will the Winter Crossing Pay for Itself?\n", "")
	})
	t.Run("sentence without its stop", func(t *testing.T) {
		checkTextTitle(t, body+"The harbour master also ran the ferry for a season in 1998 and the town remembers it\n", "")
	})
	t.Run("headline over the prose", func(t *testing.T) {
		checkTextTitle(t, "Harbourton Ferry to Run Through the Winter\n"+body, "Harbourton Ferry to Run Through the Winter")
	})
}

// TestTextTitleNotCaption checks that a picture's caption with its
// credit, set where a headline would be, is no title.
func TestTextTitleNotCaption(t *testing.T) {
	caption := "The quay at dawn on Tuesday (Photo: Harbour Board)\n"
	t.Run("over a page's body", func(t *testing.T) {
		checkTextTitle(t, "Harbourton Herald\n\nMenu\n\n"+caption+"\n"+strings.Join(textFerryParas[:3], "\n\n")+"\n", "")
	})
	t.Run("first line of a clean body", func(t *testing.T) { // textLeadingHeadline
		checkTextTitle(t, caption+strings.Join(textFerryParas[:3], "\n")+"\n", "")
	})
	t.Run("byline first in a clean body", func(t *testing.T) {
		checkTextTitle(t, "By Maren Solberg\n"+strings.Join(textFerryParas[:3], "\n")+"\n", "")
	})
	t.Run("labelled byline first in a clean body", func(t *testing.T) {
		checkTextTitle(t, "by: Maren Solberg Updated: Mar 4, 2026 - 12:09 PM\n"+strings.Join(textFerryParas[:3], "\n")+"\n", "")
	})
	t.Run("dateline's place first in a clean body", func(t *testing.T) {
		checkTextTitle(t, "KEEL STREET TOWNSHIP, Mich. -\n"+strings.Join(textFerryParas[:3], "\n")+"\n", "")
	})
}

// TestTextTitleUnclosed checks that a dialog's close button flattened
// before the headline is not part of the title.
func TestTextTitleUnclosed(t *testing.T) {
	checkTextTitle(t, "× Harbourton Ferry to Run Through the Winter\n"+strings.Join(textFerryParas[:3], "\n")+"\n",
		"Harbourton Ferry to Run Through the Winter")
}

// TestTextTitleFirstStated checks that a headline the page states again
// deep in its body, in a list of stories whose cards give each its date,
// is taken where it is first stated, over the article: the date is read
// there, not from the card above the copy.
func TestTextTitleFirstStated(t *testing.T) {
	blocks := make([]textBlock, 40)
	for i := range blocks {
		blocks[i].text = "Paragraph of the body"
	}
	const head = "Keel Street Ferry to Run Through the Winter"
	blocks[3].text, blocks[30].text = head, head
	blocks[10].text = "Mill Lane Bakery Opens a Second Shop"
	cands := []int{3, 10, 30}
	for _, c := range []struct {
		best, head, want int
	}{
		{30, 11, 3},  // the copy in a list; the first statement over the article
		{10, 11, 10}, // stated once
		{30, 2, 30},  // the first statement is deeper than a headline sits: left
	} {
		if got := textTitleFirstStated(blocks, cands, c.best, c.head); got != c.want {
			t.Errorf("textTitleFirstStated(best %d, head %d) = %d, want %d", c.best, c.head, got, c.want)
		}
	}
}

// textAssemble is textAssembleOdds without the block model's log-odds:
// the assembly steps the tests drive by their keep marks alone.
func textAssemble(blocks []textBlock, keep []bool, clean bool) (string, []string) {
	body, removed, _ := textAssembleOdds(blocks, keep, clean, textBlockOdds{}, "")
	return body, removed
}

// A headline of two words just over the body is a candidate when it is
// the URL's whole slug written out ("Tide Tables" for /p/tide-tables or
// /2026/03/tide_tables.html), and the date under it is the page's, not
// a related post's further down. A line that states only part of the
// slug, a slug of one word and a crumb's step are not confirmed so.
func TestTextTitleStatesSlug(t *testing.T) {
	page := "Ana Ruiz\n\nPosts\n\nRSS\n\nContact\n\nTide Tables\n\nMarch 14th, 2026\n\nsailing\n\n" +
		"The harbour office prints a new tide table every month and pins it to the door by the fuel dock, but most of us read it on the phone now, where the times are an hour out in summer.\n\n" +
		"I keep a paper copy in the chart table all the same, because the phone has a habit of going flat just as the ebb turns and the sandbar off the point starts to show.\n\n" +
		"The trick with the spring tides is to leave the mooring an hour before high water and come back on the last of the flood, so the channel is deep both ways.\n\n" +
		"Recent posts\n\nWinter Moorings\n\nvia Harbour Notes December 12, 2025\n\nNet Loft Repairs\n\nvia Keel Street Diary December 6, 2025\n"
	for _, url := range []string{"https://harbourton.example/p/tide-tables", "https://harbourton.example/2026/03/tide_tables.html"} {
		a, err := New(DefaultOptions()).Extract(news.Page{ID: "p", URL: url, Format: news.FormatText, Content: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Tide Tables" {
			t.Errorf("%s: title = %q, want %q", url, a.Title, "Tide Tables")
		}
		if got := a.Published.Format("2006-01-02"); got != "2026-03-14" {
			t.Errorf("%s: published = %s, want 2026-03-14", url, got)
		}
	}
	for _, c := range []struct {
		line, url string
		want      bool
	}{
		{"Tide Tables", "https://harbourton.example/p/tide-tables", true},
		{"Tide Tables", "https://harbourton.example/2026/03/tide_tables.html", true},
		{"Tables Tide", "https://harbourton.example/p/tide-tables", false},           // not in the slug's order
		{"Tide", "https://harbourton.example/p/tide-tables", false},                  // part of it
		{"Tides", "https://harbourton.example/guides/tides", false},                  // a slug of one word
		{"Tide tables /", "https://harbourton.example/guides/tide-tables", false},    // a crumb's step
		{"Tide Tables", "https://harbourton.example/p/tide-tables-for-march", false}, // part of the slug
	} {
		if got := textStatesSlug(c.line, textSlugName(c.url)); got != c.want {
			t.Errorf("textStatesSlug(%q, %q) = %v, want %v", c.line, c.url, got, c.want)
		}
	}
}

// A heading with the headline in full right under it, in another case
// and going on, gives way to it; a section's name of two words does not
// give way to a line that merely goes on from it.
func TestTextTitleLongerBelow(t *testing.T) {
	body := "A ferry pass lets you cross to the outer islands as often as you like for a month, and it pays for itself within a week if you cross every working day.\n\n" +
		"The kiosk by the slipway sells them, and so does the purser on board the morning boat, though only for cash and only when the boat is not full.\n\n" +
		"Children under twelve travel free with a pass holder, and bicycles go for a small fee that the pass does not cover.\n"
	checkTextTitle(t, "Harbourton Guide\n\nSearch\n\nWhat is a ferry pass?\n\nWhat is a Ferry Pass? Definition Explained\n\nSam Reid\n\n"+body,
		"What is a Ferry Pass? Definition Explained")
	blocks := []textBlock{textNewBlock("Ferry Passes"), textNewBlock("Ferry Passes Menu Harbour Office")}
	if got := textTitleLongerBelow(blocks, []int{0, 1}, 0, "Ferry Passes"); got != -1 {
		t.Errorf("textTitleLongerBelow under a two-word name = %d, want -1", got)
	}
}

// TestTextTitleOverBody: a guide's section heading deep in the body
// outscores its headline; the headline over the body that names the same
// topic is taken.
func TestTextTitleOverBody(t *testing.T) {
	page := "Outfitter Notes\n\nBuying Guides\n\nFollow on Social\n\nHiking Guides\n\n" +
		"The 9 Best Hiking Boots (and 3 for wide feet)\n\n" +
		"Author: Sam Reid\n\nMarch 14, 2026\n\n" +
		"I know how hard it is to find a pair of boots that fits on the first try. They cost a lot, and you want to make the right choice before a long trip into the hills.\n\n" +
		"That is why I wrote an easy breakdown of the boots on the market this year, and why I walked every pair here for at least a week on wet and dry trails.\n\n" +
		"Most of you will stay with the brand you know, so I have kept the notes on fit short and said where a boot runs small or narrow at the toe.\n\n" +
		"Table of Contents\n\n" +
		"Best Hiking Boots in the World (2026 Edition)\n\n" +
		"The first pair on the list is the one I would buy again tomorrow: light, stiff enough for scree, and dry after a day of bog and river crossings.\n\n" +
		"The second pair costs half as much and gives up little, though the sole wears faster on rock and the laces slip when they are wet.\n\n" +
		"Comparison Table for the Best Hiking Boots\n\n" +
		"Weight, drop and the width of the toe box are the three figures that told the pairs apart on the trail, more than the price did.\n"
	checkTextTitle(t, page, "The 9 Best Hiking Boots (and 3 for wide feet)")
}

// TestTextTitleOverBodyGuards: a menu line that holds the heading's words
// among many others, and a headline too near the body's start to be a
// section heading, are not replaced.
func TestTextTitleOverBodyGuards(t *testing.T) {
	texts := []string{
		"Hiking Boots Weekly",
		"Latest Video Random Video All Videos Browse Videos Hiking Boots Trail Guides Gear Reviews",
		"A first paragraph of the body that says what the guide is about.",
		"Best Hiking Boots of the Year",
		"A third paragraph.",
		"Hiking Boots for Wide Feet",
	}
	blocks := textNewBlocks(texts...)
	vecs := make([][textTitleFeatures]float64, 3)
	// A menu holds the heading's words among many others: the site's name
	// above it is the nearest line naming the topic.
	if got := textTitleOverBody(blocks, []int{0, 1, 5}, vecs, 5, 2, &textTitleWeights); got != 0 {
		t.Errorf("textTitleOverBody = %d, want 0 (the menu line refused)", got)
	}
	// A headline one block into the body (under a tagline) is no section
	// heading: the site's name over it stays out.
	if got := textTitleOverBody(blocks, []int{0, 1, 3}, vecs, 3, 2, &textTitleWeights); got != 3 {
		t.Errorf("textTitleOverBody one block into the body = %d, want 3", got)
	}
}

// TestTextTitleOverBodyPlural: a buying guide names its topic in the
// plural over the body ("The Best Kettles") and each pick's section in
// the singular ("Best Gooseneck Kettle"); when the model takes the
// section's heading, the headline over the body that restates it wins
// back, its plural read as the section's singular (wcxb-dev 4835, "The
// Best Toothbrushes" over "Best Manual Toothbrush").
func TestTextTitleOverBodyPlural(t *testing.T) {
	texts := []string{
		"The Best Kettles",
		"By Ann Roe ⋅ Senior Review Analyst ⋅ Updated March 5, 2025",
		"We bought eleven kettles and boiled water in each of them every morning for two months, timing how long a litre took and how loud each one was.",
		"The right kettle depends on how you make your tea or coffee: a pour-over wants a thin spout and a set temperature, a family wants a big jug that boils fast.",
		"Editor's Note: We updated our kettle review on March 4, 2025 to share more notes from our test team.",
		"Compare Top 5",
		"Best Gooseneck Kettle",
		"The gooseneck we liked best holds a temperature to within a degree for half an hour.",
	}
	blocks := textNewBlocks(texts...)
	vecs := make([][textTitleFeatures]float64, 2)
	if got := textTitleOverBody(blocks, []int{0, 6}, vecs, 6, 2, &textTitleWeights); got != 0 {
		t.Errorf("textTitleOverBody = %d, want 0 (the guide's headline over the section's heading)", got)
	}
}

// TestTextStemWords: a plural and its singular meet in their stems
// (the title rule's words); words of other kinds stay apart.
func TestTextStemWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"toothbrushes", "toothbrush", true}, {"companies", "company", true}, {"boxes", "box", true},
		{"kettles", "kettle", true}, {"classes", "class", true},
		{"kettle", "toothbrush", false}, {"status", "state", false},
	} {
		a, b := textStemWords(c.a), textStemWords(c.b)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("textStemWords(%q), (%q) = %v, %v: want one word each", c.a, c.b, a, b)
		}
		if got := sharedWords(a, b) == 1; got != c.same {
			t.Errorf("%q and %q share a stem: %v, want %v (%v, %v)", c.a, c.b, got, c.same, a, b)
		}
	}
}
